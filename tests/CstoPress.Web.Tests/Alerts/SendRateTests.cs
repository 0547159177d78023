using CstoPress.Core.Alerts;
using Microsoft.AspNetCore.Hosting;

namespace CstoPress.Web.Tests.Alerts;

/// <summary>The mail server is handed no more than Mail__SmtpMessagesPerMinute messages in a minute; the rest wait, and nothing is lost.</summary>
public class SendRateTests(SendRateTests.Portal portal) : IClassFixture<SendRateTests.Portal>
{
    public sealed class Portal : AlertsPortal
    {
        public const int PerMinute = 3;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Mail:SmtpMessagesPerMinute", PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task MessagesPastTheRateWaitForTheNextMinute()
    {
        var addresses = await portal.ActiveSubscribersAsync(5, AlertTopic.Section, "news");
        Publication item = new PublicationBuilder(portal.News, "At the rate " + Guid.NewGuid().ToString("N")[..6]).ScheduledFor(portal.Clock.Now.AddMinutes(-1));
        await portal.AddAsync(item);
        await portal.PublishDueAsync();
        int Received() => addresses.Sum(email => portal.Smtp.MessagesTo(email).Count(m => m.Subject == item.Title));

        Assert.Equal(Portal.PerMinute, await portal.AfterTheDelayAsync());
        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, await portal.SendRoundAsync());
        Assert.Equal(Portal.PerMinute, Received());

        portal.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(2, await portal.SendRoundAsync());
        Assert.Equal(5, Received());
        Assert.All(addresses, email => Assert.Single(portal.Smtp.MessagesTo(email)));
    }
}
