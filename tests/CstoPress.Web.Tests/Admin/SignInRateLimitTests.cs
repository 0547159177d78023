using System.Net;
using CstoPress.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CstoPress.Web.Tests.Admin;

public class SignInRateLimitTests(SignInRateLimitTests.ProxiedPortal portal) : IClassFixture<SignInRateLimitTests.ProxiedPortal>
{
    [Fact]
    public async Task TooManyAttemptsFromOneClientGet429WithRetryAfterWhileAnotherClientStillSignsIn()
    {
        var attacker = portal.CookieClient();
        attacker.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        HttpResponseMessage last = null!;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            last = await attacker.SignInAsync("someone@example.org", "guessing the password " + attempt);
        }

        var colleague = portal.CookieClient();
        colleague.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.20");
        var colleagueResponse = await colleague.SignInAsync("someone@example.org", "a wrong password, honestly");

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.True(last.Headers.RetryAfter is not null, "429 without Retry-After");
        Assert.Equal(HttpStatusCode.OK, colleagueResponse.StatusCode);
    }

    /// <summary>A portal behind a reverse proxy at 10.0.0.1 that reports the readers' addresses, allowing 3 sign-ins a minute.</summary>
    public sealed class ProxiedPortal : SeededPortal
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Accounts:SignInAttemptsPerMinute", "3");
            builder.UseSetting("Accounts:KnownProxies:0", "10.0.0.1");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ProxyConnection>());
        }

        private sealed class ProxyConnection : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((HttpContext context, RequestDelegate nextStep) =>
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.1");
                    return nextStep(context);
                });
                next(app);
            };
        }
    }
}
