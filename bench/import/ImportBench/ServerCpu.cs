using System.Globalization;

namespace ImportBench;

/// <summary>
/// CPU seconds the private PostgreSQL has spent: the postmaster's own and its finished backends'
/// (Linux /proc; the backends end when the benchmark clears its connection pool). With it, a run's
/// cost can be told in CPU per page, which a busy shared machine does not distort as it does the wall clock.
/// </summary>
internal static class ServerCpu
{
    private const double TicksPerSecond = 100;

    public static double? Seconds(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var pid = File.ReadLines(pidFile).First().Trim();
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return null;
        }

        // Fields after the command name: utime, stime, cutime, cstime are the 12th to 15th.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return fields[11..15].Sum(f => double.Parse(f, CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
