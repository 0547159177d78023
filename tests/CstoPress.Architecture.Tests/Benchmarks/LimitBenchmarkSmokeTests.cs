namespace CstoPress.Architecture.Tests.Benchmarks;

/// <summary>
/// bench/limit/run.sh is run by hand, so nothing else would notice when a change breaks it: its smoke mode runs
/// every step on 200 publications for a second per address. Nothing here judges speed, only that each address
/// answered 200 with and without the output cache.
/// </summary>
[Collection(BenchmarkScripts.Name)]
public sealed class LimitBenchmarkSmokeTests
{
    private static readonly string[] Addresses =
        ["nginx, static file", "publication", "home", "section, first page", "section, page", "search", "API", "Atom feed"];

    [Fact]
    public async Task The_limit_benchmark_runs_every_address_cached_and_uncached()
    {
        var (exitCode, printed) = await SmokeRun.StartAsync("bench/limit/run.sh", new Dictionary<string, string>
        {
            ["PORT"] = "5191",
            ["NGINX_PORT"] = "5192",
            ["RESULTS"] = SmokeRun.ResultsFolder("limit-smoke"),
        });

        Assert.True(exitCode == 0, $"bench/limit/run.sh --smoke exited with {exitCode}:\n{printed}");
        var tables = printed.Split("uncached (");
        Assert.Equal(2, tables.Length);
        foreach (var table in tables)
        {
            foreach (var address in Addresses)
            {
                Assert.Contains(table.Split('\n'), line => line.StartsWith(address, StringComparison.Ordinal));
            }
        }
    }
}
