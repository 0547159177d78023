using System.Net;
using CstoPress.Data;
using CstoPress.Data.LocalPostgres;
using CstoPress.Web.DemoContent;
using CstoPress.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;

namespace CstoPress.Web.Tests.Reliability;

/// <summary>
/// PostgreSQL goes away while readers browse, then comes back: pages read before are still served,
/// others say 'back shortly', and the portal recovers by itself.
/// </summary>
public class DatabaseOutageTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"cstopress-outage-{Guid.NewGuid():N}");
    private LocalPostgresCluster _cluster = null!;
    private WebApplicationFactory<Program> _portal = null!;
    private readonly TestClock _clock = new(PortalFactory.StartTime);

    public async Task InitializeAsync()
    {
        _cluster = await LocalPostgresCluster.StartAsync(_folder, NullLogger.Instance);
        var connectionString = _cluster.ConnectionString();
        _portal = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(_clock);
            });
        });
        await using var scope = _portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CstoPressDbContext>().MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        await _cluster.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task PagesAndHealthSay503DuringTheOutageAndRecoverWithoutARestart()
    {
        var client = _portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=convoy")).StatusCode);

        await _cluster.StopAsync();
        var neverKept = await client.GetAsync("/search?q=summit");
        var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, neverKept.StatusCode);
        Assert.Contains("briefly unavailable", await neverKept.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        await _cluster.RestartAsync();
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=summit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task PagesReadBeforeTheOutageAreStillServedLongAfterTheirTime()
    {
        var client = _portal.CreateClient();
        var home = await client.GetStringAsync("/");
        var section = await client.GetStringAsync("/sections/news");

        // Long past the pages' lifetime: only the outage makes the portal serve them as they were.
        _clock.Advance(TimeSpan.FromHours(2));
        await _cluster.StopAsync();
        var homeDuringOutage = await client.GetAsync("/");
        var sectionDuringOutage = await client.GetAsync("/sections/news");

        Assert.Equal(HttpStatusCode.OK, homeDuringOutage.StatusCode);
        Assert.Equal(home, await homeDuringOutage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, sectionDuringOutage.StatusCode);
        Assert.Equal(section, await sectionDuringOutage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);

        await _cluster.RestartAsync();
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sections/news")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
