using System.Threading.Channels;
using CstoPress.Data.Nodes;

namespace CstoPress.Web.Caching;

/// <summary>
/// Hears what the other nodes changed (<see cref="PublicContentChannel"/>) and clears this node's kept
/// pages within moments. While the channel is lost, changes can go unheard: kept pages count as fresh only
/// briefly (<see cref="ListeningToOtherNodes"/>), and are cleared when the channel is back. They are not
/// cleared when it is lost: the database is often lost with it, and they are then what readers are served.
/// </summary>
public sealed class ChangesFromOtherNodes(
    PublicContentChannel channel, PublicContentChanges changes, ListeningToOtherNodes state, ILogger<ChangesFromOtherNodes> logger)
    : IHostedService, IPublicContentListener, IDisposable
{
    /// <summary>How long the start waits for the channel to open, so that the first pages are kept for the full lifetime.</summary>
    private static readonly TimeSpan FirstConnectionPatience = TimeSpan.FromSeconds(5);

    // A WAL position to wait for, or null: clear at once. Unbounded, as a burst of notices is drained in one go.
    private readonly Channel<string?> _toClear = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private Task _work = Task.CompletedTask;
    private bool _disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _work = Task.WhenAll(channel.ListenAsync(this, _stopping.Token), ClearAsTold(_stopping.Token));
        await Task.WhenAny(_firstAttempt.Task, Task.Delay(FirstConnectionPatience, cancellationToken));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host that is disposed while it stops (a test server torn down early) may ask again after Dispose.
        if (_disposed)
        {
            return;
        }

        await _stopping.CancelAsync();
        await Task.WhenAny(_work, Task.Delay(Timeout.Infinite, cancellationToken));
    }

    public void Dispose()
    {
        _disposed = true;
        _stopping.Dispose();
    }

    void IPublicContentListener.ListeningChanged(bool listening)
    {
        var was = state.IsListening;
        state.IsListening = listening;
        _firstAttempt.TrySetResult();
        if (listening && !was)
        {
            logger.LogInformation("Listening for other nodes' changes");
            // What was changed while the channel was lost was not heard.
            _toClear.Writer.TryWrite(null);
        }
        else if (was && !listening)
        {
            logger.LogWarning("Not hearing other nodes' changes; kept pages are fresh only briefly until the channel is back");
        }
    }

    void IPublicContentListener.Noticed(PublicContentNotice notice)
    {
        if (notice.Node != changes.Node)
        {
            _toClear.Writer.TryWrite(notice.WalPosition);
        }
    }

    private async Task ClearAsTold(CancellationToken stoppingToken)
    {
        try
        {
            while (await _toClear.Reader.WaitToReadAsync(stoppingToken))
            {
                // Notices come in commit order: the last one waiting covers those before it.
                string? last = null;
                while (_toClear.Reader.TryRead(out var position))
                {
                    last = position ?? last;
                }

                await ClearAfterAsync(last, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task ClearAfterAsync(string? walPosition, CancellationToken stoppingToken)
    {
        try
        {
            if (walPosition is not null)
            {
                await changes.AfterReplicaHasAsync(walPosition, stoppingToken);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogWarning(failure, "Could not ask the read replica how far it is; kept pages cleared all the same");
        }

        await changes.ClearKeptPagesAsync(stoppingToken);
    }
}
