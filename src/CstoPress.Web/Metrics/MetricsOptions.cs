namespace CstoPress.Web.Metrics;

/// <summary>Where a node offers its metrics to Prometheus, configured under <c>Metrics</c>.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>The port of the scrape endpoint, a listener of its own apart from the public one; 0 serves no metrics.</summary>
    public int Port { get; set; } = 9090;

    /// <summary>The address it listens on: loopback unless a Prometheus elsewhere must reach it (in a container, 0.0.0.0 unpublished).</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>How long the length of the alert outbox is reused before it is counted again, so that scrapes cost the database little.</summary>
    public TimeSpan OutboxCountedEvery { get; set; } = TimeSpan.FromSeconds(5);
}
