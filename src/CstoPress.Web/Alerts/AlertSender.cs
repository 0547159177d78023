using CstoPress.Web.Metrics;

namespace CstoPress.Web.Alerts;

/// <summary>Runs <see cref="AlertSending"/> on every node: at its interval, and again at once while the outbox has more than a round took.</summary>
public sealed class AlertSender(IServiceScopeFactory scopes, IOptions<AlertOptions> options, PortalMetrics metrics, ILogger<AlertSender> logger)
    : BackgroundService
{
    private const string Job = "alert_sender";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SendInterval);
        do
        {
            try
            {
                int sent;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    sent = await scope.ServiceProvider.GetRequiredService<AlertSending>().RunRoundAsync(stoppingToken);
                }
                while (sent >= options.Value.BatchSize && !stoppingToken.IsCancellationRequested);
                metrics.BackgroundRound(Job, succeeded: true);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be away for a moment; nothing was lost, the next round tries again.
                metrics.BackgroundRound(Job, succeeded: false);
                logger.LogWarning(exception, "The alert sender could not finish this round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
