using Npgsql;

namespace CstoPress.Data.Nodes;

/// <summary>
/// Waits until the read replica has replayed a change committed on the primary, so that a page made
/// right after a change was announced is made from data that includes it, never kept stale.
/// </summary>
public sealed class ReplicaCatchUp(DatabaseConnections connections)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    /// <returns>True once the replica has <paramref name="walPosition"/> (at once without a replica); false when <paramref name="patience"/> ran out.</returns>
    public async Task<bool> WaitForAsync(string walPosition, TimeSpan patience, CancellationToken cancellationToken = default)
    {
        if (connections.Replica is null)
        {
            return true;
        }

        var deadline = DateTime.UtcNow + patience;
        await using var connection = new NpgsqlConnection(connections.Replica);
        await connection.OpenAsync(cancellationToken);
        // A server that is not in recovery (no replica, or one promoted after a failover) has all there is.
        await using var replayed = new NpgsqlCommand("SELECT COALESCE(pg_last_wal_replay_lsn() >= @position::pg_lsn, true)", connection);
        replayed.Parameters.AddWithValue("position", walPosition);
        while (!(bool)(await replayed.ExecuteScalarAsync(cancellationToken))!)
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(Poll, cancellationToken);
        }

        return true;
    }
}
