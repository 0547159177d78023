using System.Net;
using CstoPress.Data;
using CstoPress.Data.LocalPostgres;
using CstoPress.Web.DemoContent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CstoPress.Web.Tests.Reliability;

/// <summary>PostgreSQL goes away while readers browse, then comes back: the portal recovers by itself.</summary>
public class DatabaseOutageTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"cstopress-outage-{Guid.NewGuid():N}");
    private LocalPostgresCluster _cluster = null!;
    private WebApplicationFactory<Program> _portal = null!;

    public async Task InitializeAsync()
    {
        _cluster = await LocalPostgresCluster.StartAsync(_folder, NullLogger.Instance);
        var connectionString = _cluster.ConnectionString();
        _portal = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
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
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await _cluster.StopAsync();
        var home = await client.GetAsync("/");
        var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, home.StatusCode);
        Assert.Contains("briefly unavailable", await home.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        await _cluster.RestartAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
