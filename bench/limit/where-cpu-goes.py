"""Reads `perf script` output of the portal and prints where its CPU time went, by component.

Each sample is put in the first component (from the innermost frame outwards) whose pattern names a frame, so a
sample inside Npgsql called from EF counts as Npgsql. The runtime's own threads (GC, tiered JIT) count apart.
Then the same samples by the assembly of their innermost managed frame: on a page served from the output cache,
where little of ours runs, the components above would give what runs inside a middleware to the middleware.
"""
import collections
import re
import sys

COMPONENTS = [
    ("EF: parameter extraction", r"ExpressionTreeFuncletizer"),
    ("EF: query cache lookup", r"CompiledQueryCache|ExpressionEqualityComparer"),
    ("LINQ: building query expressions", r"System\.Linq\.Queryable|System\.Linq\.Expressions\] System\.Linq\.Expressions\.Expression::"),
    ("EF: context and its services (DI)", r"DbContextPool|DbContext::Dispose|DbContext::\.ctor|ContextServices|DbContextOptions|InfrastructureExtensions"),
    ("Npgsql", r"\[Npgsql\]"),
    ("EF: running queries, reading rows", r"SingleQueryingEnumerable|BufferedDataReader|RelationalCommand|RelationalDataReader|CompiledQueryBase|QueryCompiler"),
    ("Razor: rendering the page", r"Microsoft\.AspNetCore\.Mvc\.Razor|Microsoft\.AspNetCore\.Razor|ViewFeatures|AspNetCoreGeneratedDocument|Pages_"),
    ("dependency injection", r"Microsoft\.Extensions\.DependencyInjection"),
    ("sockets", r"System\.Net\.Sockets"),
    ("Kestrel (HTTP)", r"Kestrel"),
    ("Serilog (request log)", r"Serilog"),
    ("localization", r"Localiz"),
    ("JSON", r"System\.Text\.Json"),
    ("XML and syndication", r"System\.Xml|Syndication"),
    ("MVC and routing", r"Microsoft\.AspNetCore\.Mvc|Microsoft\.AspNetCore\.Routing"),
]


def component(header, frames):
    if "Server GC" in header:
        return "runtime: garbage collector"
    if "Tiered Com" in header:
        return "runtime: JIT (tiered compilation)"
    for frame in frames:
        for name, pattern in COMPONENTS:
            if re.search(pattern, frame):
                return name
    return "other (runtime, kernel, ASP.NET Core middleware)"


def assembly(header, frames):
    if "Server GC" in header or "Tiered Com" in header:
        return component(header, frames)
    for frame in frames:
        managed = re.search(r"\[([A-Za-z0-9_.]+)\] [A-Za-z0-9_.`]+", frame)
        if managed:
            return managed.group(1)
    return "native code (runtime, kernel)"


def main(path):
    counts = collections.Counter()
    assemblies = collections.Counter()
    with open(path, encoding="utf-8", errors="replace") as script:
        for sample in script.read().split("\n\n"):
            lines = [line.strip() for line in sample.strip().split("\n")]
            if not lines or not lines[0]:
                continue
            counts[component(lines[0], lines[1:])] += 1
            assemblies[assembly(lines[0], lines[1:])] += 1
    total = sum(counts.values())
    print(f"{total} samples of the portal's threads")
    for name, count in counts.most_common():
        print(f"{100 * count / total:6.1f}%  {name}")
    print("by the assembly of the innermost managed frame:")
    for name, count in assemblies.most_common(15):
        print(f"{100 * count / total:6.1f}%  {name}")


if __name__ == "__main__":
    main(sys.argv[1])
