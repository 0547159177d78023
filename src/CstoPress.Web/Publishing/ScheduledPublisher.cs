using CstoPress.Web.Metrics;

namespace CstoPress.Web.Publishing;

/// <summary>
/// Runs <see cref="ScheduledPublishing"/> and <see cref="TrashPurging"/> every few seconds. Its state is only in the database, so a
/// restart loses nothing and several nodes running it at once still publish each item once.
/// </summary>
public sealed class ScheduledPublisher(
    IServiceScopeFactory scopes, IOptions<PublishingOptions> options, PortalMetrics metrics, ILogger<ScheduledPublisher> logger)
    : BackgroundService
{
    private const string Job = "scheduler";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SchedulerInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ScheduledPublishing>().PublishDueAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<TrashPurging>().PurgeAsync(stoppingToken);
                metrics.BackgroundRound(Job, succeeded: true);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be away for a moment; the next round tries again.
                metrics.BackgroundRound(Job, succeeded: false);
                logger.LogWarning(exception, "The scheduler could not publish the due items or purge the trash this round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
