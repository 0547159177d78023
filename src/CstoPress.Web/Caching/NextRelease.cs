using CstoPress.Data;

namespace CstoPress.Web.Caching;

/// <summary>
/// When the next scheduled item goes out, as the database says, asked at most every few seconds. Every
/// node reads the same database, so every node's kept pages expire at the same moment (see
/// <see cref="KeptUntilNextRelease"/>) without the nodes having to tell one another.
/// </summary>
public sealed class NextRelease(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    private Known? _known;

    public async ValueTask<DateTimeOffset?> NextAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_known is { } known && now >= known.AskedAt && now - known.AskedAt < Freshness)
        {
            return known.Next;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var next = await scope.ServiceProvider.GetRequiredService<ScheduledPublishingStore>().NextReleaseAsync(cancellationToken);
            _known = new Known(now, next);
            return next;
        }
        catch (Exception failure) when (DatabaseFailures.IsOutage(failure))
        {
            // While the database is away nothing can be published either: the usual lifetime holds.
            return null;
        }
    }

    private sealed record Known(DateTimeOffset AskedAt, DateTimeOffset? Next);
}
