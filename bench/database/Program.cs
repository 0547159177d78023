using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using CstoPress.Bench.Database;
using CstoPress.Data;
using CstoPress.LocalPostgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

// The benchmarks' private PostgreSQL: starts the cluster in FOLDER (127.0.0.1 only), applies the migrations, and
// with PUBLICATIONS fills it with that many generated publications (unless it holds exactly that many already),
// then writes the connection string to FOLDER/connection-string and keeps the cluster running until stopped
// (TERM or INT). Usage: CstoPress.Bench.Database FOLDER [PUBLICATIONS]
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("Usage: CstoPress.Bench.Database FOLDER [PUBLICATIONS]");
    return 2;
}

var folder = Path.GetFullPath(args[0]);
int? wanted = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : null;
var stopped = new TaskCompletionSource();
using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stopped.TrySetResult(); });
using var onInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stopped.TrySetResult(); });

var cluster = await LocalPostgresCluster.StartAsync(folder, NullLogger.Instance);
try
{
    var builder = new DbContextOptionsBuilder<CstoPressDbContext>();
    builder.UseCstoPressDatabase(cluster.ConnectionString());
    var options = builder.Options;
    if (wanted is { } count && await CountAsync(options) != count)
    {
        await RecreateAsync(cluster);
        await using var db = new CstoPressDbContext(options);
        await db.MigrateAsync();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var fill = Stopwatch.StartNew();
        await PublicationCopy.FillAsync(db, count, done => Console.Write($"\r  {done:N0} of {count:N0} publications"));
        var copied = fill.Elapsed;
        // What autovacuum does to a freshly loaded table within minutes: hint bits set, statistics for the planner.
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\rfilled {count:N0} publications by COPY (their bodies rendered on the way) in {copied.TotalSeconds:F1} s, then VACUUM ANALYZE in {(fill.Elapsed - copied).TotalSeconds:F1} s"));
    }
    else
    {
        await using var db = new CstoPressDbContext(options);
        await db.MigrateAsync();
    }

    var connectionFile = Path.Combine(folder, "connection-string");
    await File.WriteAllTextAsync(connectionFile, cluster.ConnectionString());
    if (!OperatingSystem.IsWindows())
    {
        File.SetUnixFileMode(connectionFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    Console.WriteLine("ready");
    await stopped.Task;
    return 0;
}
finally
{
    await cluster.StopAsync();
}

static async Task<int> CountAsync(DbContextOptions<CstoPressDbContext> options)
{
    await using var db = new CstoPressDbContext(options);
    try
    {
        return await db.Publications.CountAsync();
    }
    catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UndefinedTable)
    {
        return -1;
    }
}

static async Task RecreateAsync(LocalPostgresCluster cluster)
{
    await using (var connection = new NpgsqlConnection(cluster.ConnectionString("postgres")))
    {
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{LocalPostgresCluster.DatabaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    // The pooled connection that counted was ended by the drop; the next session must not pick it up.
    NpgsqlConnection.ClearAllPools();

    await cluster.EnsureDatabaseAsync(LocalPostgresCluster.DatabaseName);
}
