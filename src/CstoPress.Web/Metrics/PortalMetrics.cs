using System.Diagnostics.Metrics;

namespace CstoPress.Web.Metrics;

/// <summary>
/// The portal's own measurements, beside the framework's (HTTP requests, Kestrel) and the database driver's (database time):
/// how many public pages were served kept or made anew, and how the background work's rounds went.
/// </summary>
public sealed class PortalMetrics
{
    public const string MeterName = "CstoPress";

    private readonly Counter<long> _publicPages;
    private readonly Counter<long> _backgroundRounds;

    public PortalMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        _publicPages = Meter.CreateCounter<long>("cstopress.public_pages",
            description: "Anonymous requests for public content: cache=hit served as kept, cache=miss made anew");
        _backgroundRounds = Meter.CreateCounter<long>("cstopress.background.rounds",
            description: "Rounds of the scheduler and the alert sender, by job and outcome");
    }

    public Meter Meter { get; }

    public void PublicPageServed(bool fromCache) =>
        _publicPages.Add(1, new KeyValuePair<string, object?>("cache", fromCache ? "hit" : "miss"));

    /// <param name="job">scheduler or alert_sender.</param>
    public void BackgroundRound(string job, bool succeeded) =>
        _backgroundRounds.Add(1, new KeyValuePair<string, object?>("job", job), new KeyValuePair<string, object?>("outcome", succeeded ? "ok" : "failed"));
}
