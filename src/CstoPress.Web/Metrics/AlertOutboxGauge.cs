using System.Diagnostics;
using System.Diagnostics.Metrics;
using CstoPress.Data.Repositories.Alerts;

namespace CstoPress.Web.Metrics;

/// <summary>
/// The alert outbox's length as a gauge (<c>cstopress.alerts.outbox</c>, waiting=alerts|messages). Counted at most
/// once per <see cref="MetricsOptions.OutboxCountedEvery"/> however often Prometheus scrapes, and never while a
/// scrape waits longer than a moment: a database that is slow or away leaves the last count known.
/// </summary>
public sealed class AlertOutboxGauge
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeSpan _countedEvery;
    private readonly ILogger<AlertOutboxGauge> _logger;
    private readonly Lock _gate = new();
    private OutboxLength? _last;
    private long _countedAt;
    private Task? _counting;

    public AlertOutboxGauge(PortalMetrics metrics, IServiceScopeFactory scopes, IOptions<MetricsOptions> options, ILogger<AlertOutboxGauge> logger)
    {
        _scopes = scopes;
        _countedEvery = options.Value.OutboxCountedEvery;
        _logger = logger;
        metrics.Meter.CreateObservableGauge("cstopress.alerts.outbox", Observe,
            description: "What the alert senders still have to do: alerts not yet given out, messages not yet sent");
    }

    private IEnumerable<Measurement<int>> Observe()
    {
        if (Current() is not { } length)
        {
            return [];
        }

        return
        [
            new Measurement<int>(length.AlertsWaiting, new KeyValuePair<string, object?>("waiting", "alerts")),
            new Measurement<int>(length.MessagesWaiting, new KeyValuePair<string, object?>("waiting", "messages")),
        ];
    }

    private OutboxLength? Current()
    {
        Task counting;
        lock (_gate)
        {
            if (_last is not null && Stopwatch.GetElapsedTime(_countedAt) < _countedEvery)
            {
                return _last;
            }

            // Run apart, so that it is always still running when remembered here, and one count serves every scrape that waits.
            counting = _counting ??= Task.Run(CountAsync);
        }

        counting.Wait(Patience);
        lock (_gate)
        {
            return _last;
        }
    }

    private async Task CountAsync()
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var length = await scope.ServiceProvider.GetRequiredService<AlertQueueRepository>().LengthAsync();
            lock (_gate)
            {
                _last = length;
                _countedAt = Stopwatch.GetTimestamp();
            }
        }
        catch (Exception failure)
        {
            // The database being away is for the health check and the logs of requests to say; the gauge keeps its last count.
            _logger.LogDebug(failure, "Could not count the alert outbox for the metrics");
        }
        finally
        {
            lock (_gate)
            {
                _counting = null;
            }
        }
    }
}
