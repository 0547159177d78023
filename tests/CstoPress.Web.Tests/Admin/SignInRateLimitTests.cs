using System.Net;
using CstoPress.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CstoPress.Web.Tests.Admin;

public class SignInRateLimitTests(SignInRateLimitTests.LimitedPortal portal) : IClassFixture<SignInRateLimitTests.LimitedPortal>
{
    [Fact]
    public async Task TooManyAttemptsFromOneClientGet429WithRetryAfterWhileAnotherClientStillSignsIn()
    {
        var attacker = portal.ClientFrom("203.0.113.7");
        HttpResponseMessage last = null!;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            last = await attacker.SignInAsync("someone@example.org", "guessing the password " + attempt);
        }

        var colleague = portal.ClientFrom("198.51.100.20");
        var colleagueResponse = await colleague.SignInAsync("someone@example.org", "a wrong password, honestly");

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.True(last.Headers.RetryAfter is not null, "429 without Retry-After");
        Assert.Equal(HttpStatusCode.OK, colleagueResponse.StatusCode);
    }

    /// <summary>A portal behind a reverse proxy that allows 3 sign-ins a minute.</summary>
    public sealed class LimitedPortal : ProxiedPortal
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Accounts:SignInAttemptsPerMinute", "3");
        }
    }
}
