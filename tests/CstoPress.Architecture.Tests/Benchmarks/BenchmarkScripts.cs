namespace CstoPress.Architecture.Tests.Benchmarks;

/// <summary>
/// The benchmark scripts' smoke runs, one after the other: each builds the portal in Release into the same folder,
/// and two builds at once fail on each other's files.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BenchmarkScripts
{
    public const string Name = "Benchmark scripts";
}
