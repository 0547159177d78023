using Microsoft.AspNetCore.Hosting;

namespace CstoPress.Web.Tests.Admin;

public class ScheduledPublishingTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task ADueItemIsPublishedOnceAcrossARestartAndTwoNodes()
    {
        var scheduled = new PublicationBuilder(portal.News, "Scheduled across restarts " + Guid.NewGuid().ToString("N")[..6])
            .ScheduledFor(PortalFactory.StartTime.AddMinutes(30)).Build();
        await portal.AddAsync(scheduled);

        // Before its time nothing happens.
        Assert.DoesNotContain(await portal.PublishDueAsync(), p => p.Id == scheduled.Id);

        // Its time comes while this node is down: two fresh nodes on the same database start and run at once.
        portal.Clock.Advance(TimeSpan.FromMinutes(31));
        try
        {
            await using var first = new SecondNode(portal);
            await using var second = new SecondNode(portal);
            var rounds = await Task.WhenAll(first.PublishDueAsync(), second.PublishDueAsync(), portal.PublishDueAsync());
            var afterwards = await first.PublishDueAsync();

            Assert.Equal(1, rounds.Sum(round => round.Count(p => p.Id == scheduled.Id)));
            Assert.DoesNotContain(afterwards, p => p.Id == scheduled.Id);
            await portal.WithDatabaseAsync(async db =>
            {
                Assert.Equal(PublicationStatus.Published, (await db.Publications.AsNoTracking().SingleAsync(p => p.Id == scheduled.Id)).Status);
                Assert.Equal(1, await db.AuditLog.CountAsync(a => a.PublicationId == scheduled.Id && a.Action == "published"));
            });
            Assert.Contains(scheduled.Title, await portal.CreateClient().GetTextAsync("/"));
        }
        finally
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(-31));
        }
    }

    [Fact]
    public async Task TheBackgroundServiceRunsTheRoundsByItself()
    {
        var scheduled = new PublicationBuilder(portal.News, "Published by the background service " + Guid.NewGuid().ToString("N")[..6])
            .ScheduledFor(PortalFactory.StartTime.AddMinutes(-1)).Build();
        await portal.AddAsync(scheduled);

        await using var node = new SecondNode(portal, runScheduler: true);
        node.StartServer();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        var status = PublicationStatus.Scheduled;
        while (status != PublicationStatus.Published && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            await portal.WithDatabaseAsync(async db =>
                status = await db.Publications.AsNoTracking().Where(p => p.Id == scheduled.Id).Select(p => p.Status).SingleAsync());
        }

        Assert.Equal(PublicationStatus.Published, status);
    }

    /// <summary>Another web node on the same database and clock.</summary>
    private sealed class SecondNode : PortalFactory
    {
        private readonly PortalFactory _first;
        private readonly bool _runScheduler;

        public SecondNode(PortalFactory first, bool runScheduler = false)
        {
            _first = first;
            _runScheduler = runScheduler;
            Clock.Now = first.Clock.Now;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Default", _first.ConnectionString);
            builder.UseSetting("Publishing:RunScheduler", _runScheduler ? "true" : "false");
            builder.UseSetting("Publishing:SchedulerInterval", "00:00:01");
        }
    }
}
