using CstoPress.Data;
using CstoPress.LocalPostgres;
using CstoPress.Web.DemoContent;
using CstoPress.Web.Tests.Admin;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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
            // No metrics listener: its default port, taken by another portal of the same test run, would stop the start.
            builder.UseSetting("Metrics:Port", "0");
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

    [Fact]
    public async Task AnEditorSavingDuringTheOutageKeepsTheTextAndSendsItAgainAfterwards()
    {
        int sectionId;
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<AccountSetup>()
                .CreateAsync("desk@example.org", SignedInClients.Password, PortalRoles.Editor);
            Assert.True(created.Succeeded);
            sectionId = (await scope.ServiceProvider.GetRequiredService<CstoPressDbContext>().Sections.FirstAsync()).Id;
        }

        var editor = _portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await editor.SignInAsync("desk@example.org", SignedInClients.Password);
        var token = await editor.AntiforgeryTokenAsync("/admin/publications/edit");
        var fields = EditorDesk.Fields(sectionId, "Statement written during the outage", "Line one of the statement.\nLine two, not to be lost.");
        fields["__RequestVerificationToken"] = token;

        // A moment later, as in real life: the session's security stamp is checked against the database again.
        _clock.Advance(TimeSpan.FromSeconds(5));
        await _cluster.StopAsync();
        var unsaved = await editor.PostAsync("/admin/publications/edit", new FormUrlEncodedContent(fields));
        var page = WebUtility.HtmlDecode(await unsaved.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unsaved.StatusCode);
        Assert.Contains("Not saved yet", page);
        Assert.Contains("Line one of the statement.\nLine two, not to be lost.", page);

        await _cluster.RestartAsync();
        _clock.Advance(TimeSpan.FromMinutes(1));
        var sentAgain = await editor.PostAsync("/admin/publications/edit", new FormUrlEncodedContent(HiddenFields(page)));

        Assert.Equal(HttpStatusCode.Redirect, sentAgain.StatusCode);
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<CstoPressDbContext>().Publications
                .SingleAsync(p => p.Title == "Statement written during the outage");
            Assert.Equal("Line one of the statement.\nLine two, not to be lost.", saved.Body.ReplaceLineEndings("\n"));
        }
    }

    /// <summary>The form of the 'not saved yet' page, as a browser would send it again.</summary>
    private static IEnumerable<KeyValuePair<string, string>> HiddenFields(string page) =>
        Regex.Matches(page, "<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"")
            .Select(m => KeyValuePair.Create(m.Groups[1].Value, m.Groups[2].Value));
}
