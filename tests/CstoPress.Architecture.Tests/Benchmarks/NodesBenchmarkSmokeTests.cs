using System.Diagnostics;

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
        var run = new ProcessStartInfo("bash", ["bench/nodes/run.sh", "--smoke"])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Ports and a results folder of its own, apart from a benchmark someone runs by hand at the same time.
        run.Environment["PORT_ONE"] = "5186";
        run.Environment["PORT_TWO"] = "5187";
        run.Environment["NGINX_PORT"] = "5188";
        run.Environment["METRICS_PORT_ONE"] = "9186";
        run.Environment["METRICS_PORT_TWO"] = "9187";
        run.Environment["RESULTS"] = Path.Combine(RepositoryRoot.Path, "bench", "results", "nodes-smoke");
        using var script = Process.Start(run)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var errors = script.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await script.WaitForExitAsync(timeout.Token);
        var printed = await output + await errors;

        Assert.True(script.ExitCode == 0, $"bench/nodes/run.sh --smoke exited with {script.ExitCode}:\n{printed}");
        var lines = printed.Split('\n');
        foreach (var address in Addresses)
        {
            Assert.Contains(lines, line => line.StartsWith(address, StringComparison.Ordinal) && line.Contains(" one "));
            Assert.Contains(lines, line => line.StartsWith(address, StringComparison.Ordinal) && line.Contains(" two "));
        }
    }
}
