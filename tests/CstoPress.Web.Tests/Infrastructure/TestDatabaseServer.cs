using CstoPress.Data;
using CstoPress.LocalPostgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>
/// One real PostgreSQL for the whole test run: the portal's own private-cluster launcher in a temporary
/// folder, or the server named by CSTOPRESS_TEST_DB. The schema is built once, by the migrations, in a
/// template database; every test class then gets a fresh copy of it in milliseconds.
/// </summary>
public static class TestDatabaseServer
{
    private const string TemplateName = "cstopress_template";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _serverConnectionString;
    private static LocalPostgresCluster? _cluster;
    private static string? _clusterFolder;
    private static int _counter;

    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await EnsureServerAsync();
        var name = $"cstopress_test_{Environment.ProcessId}_{Interlocked.Increment(ref _counter)}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{TemplateName}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>A database without any schema, for a test that applies the migrations itself (one at a time, with data between).</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        var server = await EnsureServerAsync();
        var name = $"cstopress_empty_{Environment.ProcessId}_{Interlocked.Increment(ref _counter)}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> EnsureServerAsync()
    {
        if (_serverConnectionString is not null)
        {
            return _serverConnectionString;
        }

        await Gate.WaitAsync();
        try
        {
            if (_serverConnectionString is not null)
            {
                return _serverConnectionString;
            }

            string server;
            if (Environment.GetEnvironmentVariable("CSTOPRESS_TEST_DB") is { Length: > 0 } configured)
            {
                server = new NpgsqlConnectionStringBuilder(configured) { Database = "postgres" }.ConnectionString;
            }
            else
            {
                RemoveLeftoversOfEarlierRuns();
                _clusterFolder = Path.Combine(Path.GetTempPath(), $"cstopress-tests-{Environment.ProcessId}");
                _cluster = await LocalPostgresCluster.StartAsync(_clusterFolder, NullLogger.Instance);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => StopCluster();
                server = _cluster.ConnectionString("postgres");
            }

            await CreateTemplateAsync(server);
            _serverConnectionString = server;
            return server;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task CreateTemplateAsync(string server)
    {
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{TemplateName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{TemplateName}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var template = new NpgsqlConnectionStringBuilder(server) { Database = TemplateName, Pooling = false }.ConnectionString;
        var options = new DbContextOptionsBuilder<CstoPressDbContext>();
        options.UseCstoPressDatabase(template);
        await using (var db = new CstoPressDbContext(options.Options))
        {
            await db.MigrateAsync();
        }

        NpgsqlConnection.ClearAllPools();
    }

    private static void StopCluster()
    {
        if (_cluster is null)
        {
            return;
        }

        _cluster.StopAsync().GetAwaiter().GetResult();
        try
        {
            Directory.Delete(_clusterFolder!, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The next run removes what is left (RemoveLeftoversOfEarlierRuns).
        }
    }

    /// <summary>
    /// Deletes the cluster folders of test runs that ended without cleaning up (a killed test host):
    /// each is tens of megabytes. A folder whose server is still running is left alone.
    /// </summary>
    private static void RemoveLeftoversOfEarlierRuns()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "cstopress-tests-*"))
        {
            // Named after the test host that made it: while that process lives, the folder is in use.
            if (int.TryParse(Path.GetFileName(folder)["cstopress-tests-".Length..], out var ownerPid) && IsRunning(ownerPid))
            {
                continue;
            }

            var pidFile = Path.Combine(folder, "data", "postmaster.pid");
            if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var serverPid) && IsRunning(serverPid))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Another run may be using it right now; it is tried again next time.
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
