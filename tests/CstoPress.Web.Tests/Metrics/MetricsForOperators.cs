using Xunit.Abstractions;

namespace CstoPress.Web.Tests.Metrics;

/// <summary>
/// Prometheus reads each node's metrics from a port of its own, never the public one: requests, the output cache's
/// hits and misses, Npgsql's database time, the alert outbox's length and the background work's rounds.
/// </summary>
public class MetricsForOperators(MeteredPortal portal, ITestOutputHelper output) : IClassFixture<MeteredPortal>
{
    [Fact]
    public async Task TheMetricsPortShowsRequestsCacheDatabaseOutboxAndBackgroundWork()
    {
        await portal.AddAsync(new PublicationBuilder(portal.News, "Metered publication").PublishedAt(PortalFactory.StartTime.AddDays(-1)));
        var reader = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var scraped = await portal.ScrapeAsync();
        var text = await scraped.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        output.WriteLine(string.Join('\n', Series(text).Select(line => line.Split('{', ' ')[0]).Distinct()));
        Assert.Contains(Series(text), line => line.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal));
        Assert.Contains(Series(text), line => line.StartsWith("cstopress_public_pages_total{", StringComparison.Ordinal) && line.Contains("cache=\"hit\""));
        Assert.Contains(Series(text), line => line.StartsWith("cstopress_public_pages_total{", StringComparison.Ordinal) && line.Contains("cache=\"miss\""));
        Assert.Contains(Series(text), line => line.StartsWith("cstopress_alerts_outbox{", StringComparison.Ordinal) && line.Contains("waiting=\"messages\""));
        Assert.Contains(Series(text), line => line.StartsWith("cstopress_background_rounds_total{", StringComparison.Ordinal) && line.Contains("job=\"scheduler\""));
        Assert.Contains(Series(text), line => line.StartsWith("db_client_operation_duration_seconds_count{", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePublicPortServesNoMetrics()
    {
        var reader = portal.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.ScrapeAsync("/")).StatusCode);
    }

    private static IEnumerable<string> Series(string exposition) =>
        exposition.Split('\n').Where(line => line.Length > 0 && line[0] != '#');
}
