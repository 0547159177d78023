using Microsoft.AspNetCore.Hosting;

namespace CstoPress.Web.Tests.Journalists;

public class RegistrationRateLimitTests(RegistrationRateLimitTests.LimitedPortal portal) : IClassFixture<RegistrationRateLimitTests.LimitedPortal>
{
    [Fact]
    public async Task TooManyRequestsFromOneClientGet429WithRetryAfterWhileAnotherClientStillRegisters()
    {
        var script = portal.ClientFrom("203.0.113.9");
        HttpResponseMessage last = null!;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            (last, _) = await portal.SendAsync(script, Applicants.Request(Applicants.NewAddress()));
        }

        var journalist = portal.ClientFrom("198.51.100.22");
        var (journalistResponse, journalistText) = await portal.SendAsync(journalist, Applicants.Request(Applicants.NewAddress()));

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(1), "429 without a Retry-After of the hour's window");
        Assert.Contains("This form was sent too many times from your address.", WebUtility.HtmlDecode(await last.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, journalistResponse.StatusCode);
        Assert.Contains("Check your mailbox", journalistText);
        Assert.Single(portal.Log.SecurityEventsFrom("203.0.113.9"), e => CapturedLog.Text(e, "SecurityEvent") == "RegistrationRateLimited");
    }

    /// <summary>A portal behind a reverse proxy that takes 2 requests for accreditation an hour from one address.</summary>
    public sealed class LimitedPortal : ProxiedPortal
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Accounts:RegistrationsPerHour", "2");
        }
    }
}
