using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CstoPress.Web.Tests.Pages;

public class HealthAndErrorTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task HealthIsOkWhenTheDatabaseAnswers()
    {
        var response = await portal.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HealthIsServiceUnavailableWhenTheDatabaseDoesNot()
    {
        await using var unreachable = new UnreachableDatabasePortal();

        var response = await unreachable.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task AServerErrorShowsAFriendlyPageWithAReferenceAndNoStackTrace()
    {
        var client = portal.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IStartupFilter, FaultyEndpoint>())).CreateClient();

        var response = await client.GetAsync(FaultyEndpoint.Path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong on our side", html);
        Assert.Contains("Reference for the press office", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain(FaultyEndpoint.Message, html);
        Assert.DoesNotContain(" at CstoPress", html);
    }

    [Fact]
    public async Task WhenTheDatabaseIsUnreachableReadersGetABackShortlyPage()
    {
        await using var unreachable = new UnreachableDatabasePortal();

        var response = await unreachable.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("briefly unavailable", html);
        Assert.DoesNotContain("Npgsql", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task PagesCarryTheSecurityHeaders()
    {
        var response = await portal.CreateClient().GetAsync("/");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(response.Headers.Contains("Server"));
    }

    /// <summary>An address whose handler throws, standing for any bug behind a page.</summary>
    private sealed class FaultyEndpoint : IStartupFilter
    {
        public const string Path = "/fault-for-the-test";
        public const string Message = "A bug for the test";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == Path
                ? throw new InvalidOperationException(Message)
                : nextMiddleware(context));
        };
    }

    /// <summary>A portal pointed at a port where no database listens.</summary>
    private sealed class UnreachableDatabasePortal : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2");
            // No metrics listener: its default port, taken by another portal of the same test run, would stop the start.
            builder.UseSetting("Metrics:Port", "0");
        }
    }
}
