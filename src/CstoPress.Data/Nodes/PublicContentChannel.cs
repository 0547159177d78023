using Microsoft.Extensions.Logging;
using Npgsql;

namespace CstoPress.Data.Nodes;

/// <summary>
/// PostgreSQL's LISTEN/NOTIFY as the one line between web nodes: a node that changed what readers see
/// announces it, every node listening hears it within milliseconds. Nothing else is needed between nodes,
/// since the database is already the one thing they all reach; notices are not kept, so a listener that
/// lost its connection must assume it missed some.
/// </summary>
public sealed class PublicContentChannel(DatabaseConnections connections, ILogger<PublicContentChannel> logger)
{
    public const string Channel = "cstopress_public_content";
    public const string ListenerName = "CstoPress public-content listener";

    /// <summary>How long a silent connection is trusted before a query checks that it is still there.</summary>
    private static readonly TimeSpan Probe = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    /// <summary>Tells every node that public content changed; returns the primary's WAL position, which includes the change.</summary>
    public async Task<PublicContentNotice> AnnounceAsync(string node, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connections.Primary);
        await connection.OpenAsync(cancellationToken);
        await using var position = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", connection);
        var notice = new PublicContentNotice(node, (string)(await position.ExecuteScalarAsync(cancellationToken))!);
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        notify.Parameters.AddWithValue("channel", Channel);
        notify.Parameters.AddWithValue("payload", notice.Payload);
        await notify.ExecuteNonQueryAsync(cancellationToken);
        return notice;
    }

    /// <summary>Listens on a connection of its own until <paramref name="cancellationToken"/> fires, connecting again by itself.</summary>
    public async Task ListenAsync(IPublicContentListener listener, CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await ListenOnceAsync(listener, () => failures = 0, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                listener.ListeningChanged(false);
                logger.LogWarning(exception, "Lost the channel that tells this node of other nodes' changes; connecting again");
                try
                {
                    await Task.Delay(Backoff[Math.Min(failures++, Backoff.Length - 1)], cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ListenOnceAsync(IPublicContentListener listener, Action connected, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connections.PrimaryListening(ListenerName));
        connection.Notification += (_, e) =>
        {
            if (e.Channel == Channel && PublicContentNotice.Parse(e.Payload) is { } notice)
            {
                listener.Noticed(notice);
            }
        };
        await connection.OpenAsync(cancellationToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        connected();
        listener.ListeningChanged(true);
        while (true)
        {
            if (!await connection.WaitAsync(Probe, cancellationToken))
            {
                // A server that went away without a word (a network cut) is only found by asking.
                await using var probe = new NpgsqlCommand("SELECT 1", connection);
                await probe.ExecuteScalarAsync(cancellationToken);
            }
        }
    }
}
