using CstoPress.Core.Alerts;

namespace CstoPress.Web.Tests.Alerts;

/// <summary>A sender's round hands its messages to the mail server over one connection, and each address hears of an item once.</summary>
public class OneConnectionPerRoundTests(AlertsPortal portal) : IClassFixture<AlertsPortal>
{
    [Fact]
    public async Task ARoundSendsItsMessagesOverOneConnection_ARefusedAddressNotEndingIt()
    {
        var addresses = await portal.ActiveSubscribersAsync(8, AlertTopic.Section, "interviews");
        portal.Smtp.Refuse(addresses[3]);
        var item = await ScheduledItemAsync("interviews", "One connection");
        var connectionsBefore = portal.Smtp.Connections;

        await portal.AfterTheDelayAsync();

        Assert.Equal(connectionsBefore + 1, portal.Smtp.Connections);
        Assert.All(addresses.Where(a => a != addresses[3]), email => Assert.Single(portal.Smtp.MessagesTo(email), m => m.Subject == item.Title));
        Assert.Empty(portal.Smtp.MessagesTo(addresses[3]));
        await portal.WithDatabaseAsync(async db =>
        {
            var refused = await db.AlertDeliveries.AsNoTracking().SingleAsync(d => d.Subscription!.Email == addresses[3]);
            Assert.Equal(DeliveryStatus.Failed, refused.Status);
            Assert.StartsWith("550", refused.LastError, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AnAddressFollowingAnItemTwiceHearsOfItOnce()
    {
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        await portal.SubscribeAsync(email);
        await portal.SubscribeAsync(email, "Section", "statements");
        var item = await ScheduledItemAsync("statements", "Followed twice");

        await portal.AfterTheDelayAsync();

        Assert.Single(portal.Smtp.MessagesTo(email), m => m.Subject == item.Title);
    }

    [Fact]
    public async Task WithoutAnythingToSendARoundDoesNotConnect()
    {
        await portal.SendRoundAsync();
        var before = portal.Smtp.Connections;
        await portal.SendRoundAsync();
        Assert.Equal(before, portal.Smtp.Connections);
    }

    private async Task<Publication> ScheduledItemAsync(string section, string title)
    {
        Publication item = new PublicationBuilder(portal.Catalog.Section(section), $"{title} {Guid.NewGuid().ToString("N")[..6]}")
            .ScheduledFor(portal.Clock.Now.AddMinutes(-1));
        await portal.AddAsync(item);
        await portal.PublishDueAsync();
        return item;
    }
}
