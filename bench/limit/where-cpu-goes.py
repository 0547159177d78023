"""Reads `perf script` output of the portal and prints where its CPU time went, by component.

Each sample is put in the first component (from the innermost frame outwards) whose pattern names a frame, so a
sample inside Npgsql called from EF counts as Npgsql. The runtime's own threads (GC, tiered JIT) count apart.
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


def main(path):
    counts = collections.Counter()
    with open(path, encoding="utf-8", errors="replace") as script:
        for sample in script.read().split("\n\n"):
            lines = [line.strip() for line in sample.strip().split("\n")]
            if not lines or not lines[0]:
                continue
            counts[component(lines[0], lines[1:])] += 1
    total = sum(counts.values())
    print(f"{total} samples of the portal's threads")
    for name, count in counts.most_common():
        print(f"{100 * count / total:6.1f}%  {name}")


if __name__ == "__main__":
    main(sys.argv[1])
