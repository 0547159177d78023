namespace CstoPress.Web.Tests.Alerts;

/// <summary>Daily and weekly digests: what was published since the last one, at 08:00 Moscow time.</summary>
public class DigestsTests(AlertsPortal portal) : IClassFixture<AlertsPortal>
{
    [Fact]
    public async Task ADailyDigestGroupsWhatWasPublishedSinceTheLastOne()
    {
        var (daily, weekly) = ($"daily-{Guid.NewGuid():N}@example.org", $"weekly-{Guid.NewGuid():N}@example.org");
        await portal.SubscribeAsync(daily, "Section", "news", frequency: "Daily");
        await portal.SubscribeAsync(weekly, "Everything", frequency: "Weekly");
        var start = portal.Clock.Now; // Friday 26 July 2024, 15:00 in Moscow
        var first = new PublicationBuilder(portal.News, "Digest one").PublishedAt(start.AddHours(1)).Build();
        var second = new PublicationBuilder(portal.News, "Digest two").PublishedAt(start.AddHours(2)).Build();
        var elsewhere = new PublicationBuilder(portal.Catalog.Section("statements"), "Digest elsewhere").PublishedAt(start.AddHours(2)).Build();
        await portal.AddAsync(first, second, elsewhere);

        // Saturday 08:00 in Moscow is 05:00 UTC.
        portal.Clock.Now = new DateTimeOffset(2024, 7, 27, 5, 0, 30, TimeSpan.Zero);
        await portal.SendRoundAsync();
        await portal.SendRoundAsync();
        var digest = Assert.Single(portal.Smtp.MessagesTo(daily), m => m.Subject!.Contains("digest", StringComparison.Ordinal));
        Assert.Equal("CSTO Press Office, daily digest: 2 new", digest.Subject);
        Assert.True(digest.TextBody!.IndexOf(first.Title, StringComparison.Ordinal) < digest.TextBody.IndexOf(second.Title, StringComparison.Ordinal));
        Assert.DoesNotContain(elsewhere.Title, digest.TextBody);
        Assert.Contains($"{AlertsPortal.SiteAddress}/news/{first.Slug}", digest.HtmlBody);
        Assert.DoesNotContain(portal.Smtp.MessagesTo(weekly), m => m.Subject!.Contains("digest", StringComparison.Ordinal));

        var third = new PublicationBuilder(portal.News, "Digest three").PublishedAt(portal.Clock.Now.AddHours(3)).Build();
        await portal.AddAsync(third);
        portal.Clock.Now = new DateTimeOffset(2024, 7, 28, 5, 0, 30, TimeSpan.Zero);
        await portal.SendRoundAsync();
        var next = portal.Smtp.MessagesTo(daily).Where(m => m.Subject!.Contains("digest", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, next.Count);
        Assert.Contains(third.Title, next[^1].TextBody);
        Assert.DoesNotContain(first.Title, next[^1].TextBody);

        // Monday 29 July, 08:00 in Moscow: the week's digest, everything since the subscription.
        portal.Clock.Now = new DateTimeOffset(2024, 7, 29, 5, 0, 30, TimeSpan.Zero);
        await portal.SendRoundAsync();
        var week = Assert.Single(portal.Smtp.MessagesTo(weekly), m => m.Subject!.Contains("digest", StringComparison.Ordinal));
        Assert.Equal("CSTO Press Office, weekly digest: 4 new", week.Subject);
    }
}
