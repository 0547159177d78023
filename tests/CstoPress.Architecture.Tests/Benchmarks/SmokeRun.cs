using System.Diagnostics;

namespace CstoPress.Architecture.Tests.Benchmarks;

/// <summary>One benchmark script run with --smoke from the repository root: its exit code and all it printed.</summary>
public sealed record SmokeRun(int ExitCode, string Printed)
{
    /// <param name="script">The script's path from the repository root.</param>
    /// <param name="environment">Ports and a results folder of the test's own, apart from a benchmark someone runs by hand at the same time.</param>
    public static async Task<SmokeRun> StartAsync(string script, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", [script, "--smoke"])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(timeout.Token);
        return new SmokeRun(process.ExitCode, await output + await errors);
    }

    public static string ResultsFolder(string name) => Path.Combine(RepositoryRoot.Path, "bench", "results", name);
}
