using System.Diagnostics;

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
        var run = new ProcessStartInfo("bash", ["bench/limit/run.sh", "--smoke"])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // Ports and a results folder of its own, so that a benchmark someone runs by hand at the same time
        // on the same machine does not collide with it.
        run.Environment["PORT"] = "5191";
        run.Environment["NGINX_PORT"] = "5192";
        run.Environment["RESULTS"] = Path.Combine(RepositoryRoot.Path, "bench", "results", "limit-smoke");
        using var script = Process.Start(run)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var errors = script.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await script.WaitForExitAsync(timeout.Token);
        var printed = await output + await errors;

        Assert.True(script.ExitCode == 0, $"bench/limit/run.sh --smoke exited with {script.ExitCode}:\n{printed}");
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
