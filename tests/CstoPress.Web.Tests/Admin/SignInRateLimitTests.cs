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

    [Fact]
    public async Task TooManyResetRequestsFromOneClientGet429WithRetryAfterWhileAnotherClientStillAsks()
    {
        var attacker = portal.ClientFrom("203.0.113.8");
        HttpResponseMessage last = null!;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            last = await attacker.PostFormAsync("/account/forgot-password", [new("Email", $"someone-{attempt}@example.org")]);
        }

        var colleague = portal.ClientFrom("198.51.100.21");
        var colleagueResponse = await colleague.PostFormAsync("/account/forgot-password", [new("Email", "someone@example.org")]);

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(1), "429 without a Retry-After of the hour's window");
        Assert.Equal(HttpStatusCode.OK, colleagueResponse.StatusCode);
        Assert.Single(portal.Log.SecurityEventsFrom("203.0.113.8"), e => CapturedLog.Text(e, "SecurityEvent") == "PasswordResetRateLimited");
    }

    /// <summary>A portal behind a reverse proxy that allows 3 sign-ins a minute and 2 reset e-mails an hour.</summary>
    public sealed class LimitedPortal : ProxiedPortal
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Accounts:SignInAttemptsPerMinute", "3");
            builder.UseSetting("Accounts:PasswordResetRequestsPerHour", "2");
        }
    }
}
