namespace CstoPress.Architecture.Tests.Benchmarks;

/// <summary>
/// bench/nodes/run.sh is run by hand: its smoke mode runs one node and two nodes behind nginx on 200 publications
/// for a second per address. Nothing here judges speed, only that every address answered 200 both ways.
/// </summary>
[Collection(BenchmarkScripts.Name)]
public sealed class NodesBenchmarkSmokeTests
{
    private static readonly string[] Addresses = ["publication (cached)", "search (uncached)", "API (uncached)"];

    [Fact]
    public async Task The_nodes_benchmark_runs_every_address_on_one_node_and_on_two()
    {
        var (exitCode, printed) = await SmokeRun.StartAsync("bench/nodes/run.sh", new Dictionary<string, string>
        {
            ["PORT_ONE"] = "5186",
            ["PORT_TWO"] = "5187",
            ["NGINX_PORT"] = "5188",
            ["METRICS_PORT_ONE"] = "9186",
            ["METRICS_PORT_TWO"] = "9187",
            ["RESULTS"] = SmokeRun.ResultsFolder("nodes-smoke"),
        });

        Assert.True(exitCode == 0, $"bench/nodes/run.sh --smoke exited with {exitCode}:\n{printed}");
        var lines = printed.Split('\n');
        foreach (var address in Addresses)
        {
            Assert.Contains(lines, line => line.StartsWith(address, StringComparison.Ordinal) && line.Contains(" one "));
            Assert.Contains(lines, line => line.StartsWith(address, StringComparison.Ordinal) && line.Contains(" two "));
        }
    }
}
