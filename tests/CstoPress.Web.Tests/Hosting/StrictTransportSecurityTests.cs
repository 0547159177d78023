using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CstoPress.Web.Tests.Hosting;

/// <summary>
/// Production tells browsers to use HTTPS only (HSTS); Development and the tests, on plain HTTP at
/// localhost, do not, or a developer's browser would refuse their own machine for a year.
/// </summary>
public class StrictTransportSecurityTests
{
    [Fact]
    public async Task ProductionSendsStrictTransportSecurityOverHttps()
    {
        var response = await GetHealthAsync("Production");

        Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var values), "No HSTS header in Production");
        Assert.Contains("max-age=", string.Join(" ", values));
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Testing")]
    public async Task DevelopmentAndTestingDoNot(string environment)
    {
        var response = await GetHealthAsync(environment);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"), $"HSTS sent in {environment}");
    }

    /// <summary>Asks for the site's public name over HTTPS (HSTS is never sent to localhost nor over HTTP).</summary>
    private static async Task<HttpResponseMessage> GetHealthAsync(string environment)
    {
        var portal = new PortalIn(environment);
        await portal.InitializeAsync();
        try
        {
            var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://press.example.org"), AllowAutoRedirect = false });
            return await client.GetAsync("/healthz");
        }
        finally
        {
            await ((IAsyncLifetime)portal).DisposeAsync();
        }
    }

    private sealed class PortalIn(string environment) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            builder.UseSetting("Publishing:RunScheduler", "false");
        }
    }
}
