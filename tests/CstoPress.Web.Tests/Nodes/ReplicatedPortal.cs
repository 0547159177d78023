using CstoPress.Data;
using CstoPress.LocalPostgres;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CstoPress.Web.Tests.Nodes;

/// <summary>
/// A portal on a primary of its own and a real streaming replica of it (pg_basebackup, hot standby),
/// configured as ConnectionStrings:Replica. Pages are not kept, so that every read shows which server answered.
/// </summary>
public sealed class ReplicatedPortal : SeededPortal
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"cstopress-replica-{Guid.NewGuid():N}");
    private LocalPostgresCluster? _primary;
    private LocalPostgresCluster? _replica;

    public string ReplicaConnectionString => _replica!.ConnectionString();

    /// <summary>Stops (true) or resumes (false) the replica's replay of what the primary writes, as a lagging replica would.</summary>
    public async Task PauseReplayAsync(bool paused)
    {
        await using var connection = new NpgsqlConnection(ReplicaConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(paused ? "SELECT pg_wal_replay_pause()" : "SELECT pg_wal_replay_resume()", connection);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task<string> CreateDatabaseAsync()
    {
        _primary = await LocalPostgresCluster.StartAsync(Path.Combine(_folder, "primary"), NullLogger.Instance);
        var options = new DbContextOptionsBuilder<CstoPressDbContext>();
        options.UseCstoPressDatabase(_primary.ConnectionString());
        await using (var db = new CstoPressDbContext(options.Options))
        {
            await db.MigrateAsync();
        }

        _replica = await _primary.StartReplicaAsync(Path.Combine(_folder, "replica"));
        return _primary.ConnectionString();
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var cluster in new[] { _replica, _primary })
        {
            if (cluster is not null)
            {
                await cluster.StopAsync();
            }
        }

        Directory.Delete(_folder, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Replica", ReplicaConnectionString);
    }
}
