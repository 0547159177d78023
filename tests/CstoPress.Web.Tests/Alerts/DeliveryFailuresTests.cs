using CstoPress.Core.Alerts;
using Microsoft.AspNetCore.Hosting;

namespace CstoPress.Web.Tests.Alerts;

/// <summary>A mail server that is away, one that refuses an address for good, and two nodes sending at once.</summary>
public class DeliveryFailuresTests(DeliveryFailuresTests.Portal portal) : IClassFixture<DeliveryFailuresTests.Portal>
{
    /// <summary>Small rounds, so two nodes really take turns at the outbox.</summary>
    public sealed class Portal : AlertsPortal
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Alerts:BatchSize", "5");
        }
    }

    [Fact]
    public async Task WhileTheMailServerIsAwayNothingIsLost_AndItIsSentOnceWhenItReturns()
    {
        var email = Address();
        await portal.SubscribeAsync(email, "Section", "news");
        await portal.Smtp.StopAsync();
        try
        {
            var item = await PublishAsync("Sent when the server returns");
            await portal.AfterTheDelayAsync();
            await portal.WithDatabaseAsync(async db =>
            {
                var waiting = await db.AlertDeliveries.AsNoTracking().SingleAsync(d => d.Subscription!.Email == email && d.Alert!.PublicationId == item.Id);
                Assert.Equal(DeliveryStatus.Waiting, waiting.Status);
                Assert.NotNull(waiting.LastError);
                Assert.Equal(1, waiting.Attempts);
            });
            portal.Clock.Advance(TimeSpan.FromSeconds(30));
            await portal.SendRoundAsync();
        }
        finally
        {
            portal.Smtp.Start();
        }

        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        await portal.SendRoundAsync();
        await portal.SendRoundAsync();
        Assert.Single(portal.Smtp.MessagesTo(email), m => m.Subject!.StartsWith("Sent when the server returns", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAddressRefusedForGoodThreeTimesIsSuspended()
    {
        var email = Address();
        await portal.SubscribeAsync(email, "Section", "statements");
        portal.Smtp.Refuse(email);
        for (var i = 0; i < AlertSubscription.PermanentFailuresBeforeSuspension; i++)
        {
            await PublishAsync($"Refused {i}", "statements");
            await portal.AfterTheDelayAsync();
        }

        await portal.WithDatabaseAsync(async db =>
        {
            var subscription = await db.AlertSubscriptions.AsNoTracking().SingleAsync(s => s.Email == email);
            Assert.Equal(SubscriptionStatus.Suspended, subscription.Status);
            Assert.Equal(3, subscription.PermanentFailures);
            var failed = await db.AlertDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscription.Id && d.Purpose == DeliveryPurpose.Alert).ToListAsync();
            Assert.All(failed, d => Assert.Equal(DeliveryStatus.Failed, d.Status));
            Assert.All(failed, d => Assert.StartsWith("550", d.LastError, StringComparison.Ordinal));
        });

        var after = await PublishAsync("After the suspension", "statements");
        await portal.AfterTheDelayAsync();
        await portal.WithDatabaseAsync(async db =>
            Assert.False(await db.AlertDeliveries.AnyAsync(d => d.Subscription!.Email == email && d.Alert!.PublicationId == after.Id)));
        var queue = WebUtility.HtmlDecode(await (await portal.SignedInAsync(PortalRoles.Editor)).GetStringAsync("/admin/alerts"));
        Assert.Contains(email, queue);
        Assert.Contains("5.1.1 No such mailbox here", queue);
    }

    [Fact]
    public async Task TwoNodesSendingAtOnceSendEachMessageOnce()
    {
        var addresses = Enumerable.Range(0, 40).Select(_ => Address()).ToList();
        await portal.WithDatabaseAsync(db =>
        {
            db.AlertSubscriptions.AddRange(addresses.Select(email => new AlertSubscription
            {
                Email = email, Topic = AlertTopic.Section, TopicKey = "interviews", Status = SubscriptionStatus.Active,
                CreatedAt = portal.Clock.Now, ConfirmedAt = portal.Clock.Now,
            }));
            return Task.CompletedTask;
        });
        await using var second = new SecondAlertsNode(portal);
        var item = new PublicationBuilder(portal.Catalog.Section("interviews"), "Raced " + Guid.NewGuid().ToString("N")[..6]).ScheduledFor(portal.Clock.Now.AddMinutes(-1)).Build();
        await portal.AddAsync(item);

        // The scheduler of both nodes publishes it; one alert comes of it, stored with the publication.
        await Task.WhenAll(portal.PublishDueAsync(), second.PublishDueAsync());
        portal.Clock.Advance(AlertsPortal.AlertDelay + TimeSpan.FromSeconds(1));
        second.Clock.Now = portal.Clock.Now;
        for (var round = 0; round < 12; round++)
        {
            await Task.WhenAll(portal.SendRoundAsync(), second.SendRoundAsync(), second.SendRoundAsync());
        }

        await portal.WithDatabaseAsync(async db => Assert.Equal(1, await db.Alerts.CountAsync(a => a.PublicationId == item.Id)));
        Assert.All(addresses, email => Assert.Single(portal.Smtp.MessagesTo(email), m => m.Subject == item.Title));
    }

    [Fact]
    public async Task AMessageTakenByANodeThatStoppedIsSentByAnotherOnceItsLeaseRunsOut()
    {
        var addresses = await portal.ActiveSubscribersAsync(2, AlertTopic.Section, "documents");
        Publication item = new PublicationBuilder(portal.Catalog.Section("documents"), "Taken and left " + Guid.NewGuid().ToString("N")[..6])
            .ScheduledFor(portal.Clock.Now.AddMinutes(-1));
        await portal.AddAsync(item);
        await portal.PublishDueAsync();
        portal.Clock.Advance(AlertsPortal.AlertDelay + TimeSpan.FromSeconds(1));

        // A second node gives the alert out and takes its messages, then stops before sending them.
        var lease = TimeSpan.FromMinutes(5);
        await using (var second = new SecondAlertsNode(portal))
        {
            await using var scope = second.Services.CreateAsyncScope();
            var outbox = scope.ServiceProvider.GetRequiredService<Data.Repositories.Alerts.AlertOutbox>();
            await outbox.GiveOutDueAlertsAsync(portal.Clock.Now);
            Assert.Equal(2, (await outbox.ClaimAsync(portal.Clock.Now, 10, lease, 1000)).Count);
        }

        await portal.SendRoundAsync();
        Assert.All(addresses, email => Assert.Empty(portal.Smtp.MessagesTo(email)));
        portal.Clock.Advance(lease + TimeSpan.FromSeconds(1));
        await portal.SendRoundAsync();
        await portal.SendRoundAsync();
        Assert.All(addresses, email => Assert.Single(portal.Smtp.MessagesTo(email), m => m.Subject == item.Title));
    }

    /// <summary>An item published at once through the edit screen.</summary>
    private async Task<Publication> PublishAsync(string title, string section = "news")
    {
        title = $"{title} {Guid.NewGuid().ToString("N")[..6]}";
        var desk = await Admin.EditorDesk.SignInAsync(portal);
        var id = await desk.CreateAsync(Admin.EditorDesk.Fields(portal.Catalog.Section(section).Id, title), "Publish");
        return new Publication { Id = id, Title = title, Slug = "" };
    }

    private static string Address() => $"reader-{Guid.NewGuid():N}@example.org";
}
