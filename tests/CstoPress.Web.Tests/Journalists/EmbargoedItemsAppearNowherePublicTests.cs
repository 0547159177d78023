using System.Globalization;
using CstoPress.Web.Feeds;

namespace CstoPress.Web.Tests.Journalists;

/// <summary>
/// Until its time an embargoed item is nowhere the public can look; at its time it is everywhere at once
/// and its embargo marks are gone. Each test checks one place before and after, on the portal's own clock.
/// </summary>
public partial class EmbargoedItemsAppearNowherePublicTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task ItsAddressIsNotFoundUntilItsTimeAndThenShowsNoEmbargoMark()
    {
        var item = await EmbargoedAsync();
        var reader = portal.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{item.Slug}")).StatusCode);

        await ReleaseAsync();

        var page = await reader.GetTextAsync($"/news/{item.Slug}");
        Assert.Contains(item.Title, page);
        Assert.DoesNotContain("EMBARGOED", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(item.EmbargoNote!, page);
    }

    [Fact]
    public async Task NotOnTheHomePageOrInListingsUntilItsTimeThenInTheirKeptCopiesToo()
    {
        var item = await EmbargoedAsync();
        var reader = portal.CreateClient();
        string[] pages = ["/", "/news", "/sections/news"];
        foreach (var path in pages)
        {
            Assert.DoesNotContain(item.Title, await reader.GetTextAsync(path));
        }

        await ReleaseAsync();

        foreach (var path in pages)
        {
            Assert.Contains(item.Title, await reader.GetTextAsync(path));
        }
    }

    [Fact]
    public async Task NotInFeedsUntilItsTime()
    {
        var item = await EmbargoedAsync();
        string[] feeds = [FeedLinks.All(ContentLanguage.En, FeedFormat.Atom), FeedLinks.Section(ContentLanguage.En, "news", FeedFormat.Rss)];
        await AssertOnlyAfterReleaseAsync(item.Title, feeds);
    }

    [Fact]
    public async Task NotFoundBySearchForItsWordsOrItsPeopleUntilItsTime()
    {
        var word = "Zyxwordembargo" + Random.Shared.Next(1000, 9999);
        var person = portal.Catalog.People.Single(p => p.Slug == "imangali-tasmagambetov");
        var item = await EmbargoedAsync(p => { p.Body = $"The {word} agreement was signed."; p.People = [person]; });
        await AssertOnlyAfterReleaseAsync(item.Title, [$"/search?q={word}", "/search?q=Tasmagambetov", $"/people/{person.Slug}"]);
    }

    [Fact]
    public async Task NotInTheApiUntilItsTime()
    {
        var item = await EmbargoedAsync();
        var reader = portal.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/publications/{item.Slug}")).StatusCode);
        await AssertOnlyAfterReleaseAsync(item.Slug, ["/api/v1/publications?limit=50"]);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/publications/{item.Slug}")).StatusCode);
    }

    [Fact]
    public async Task NotInSitemapsUntilItsTime()
    {
        var item = await EmbargoedAsync();
        await AssertOnlyAfterReleaseAsync(item.Slug, ["/sitemap.xml", "/sitemaps/news.xml"]);
    }

    [Fact]
    public async Task NotOnItsTagPageUntilItsTime()
    {
        var tag = new Tag { Slug = "embargo-topic-" + Guid.NewGuid().ToString("N")[..6], Name = "Embargo topic" };
        var item = await EmbargoedAsync(p => p.Tags = [tag]);
        var reader = portal.CreateClient();
        Assert.DoesNotContain(tag.Slug, await reader.GetTextAsync("/api/v1/tags"));
        await AssertOnlyAfterReleaseAsync(item.Title, [$"/tags/{tag.Slug}"], ifAbsentOrNotFound: true);
        Assert.Contains(tag.Slug, await reader.GetTextAsync("/api/v1/tags"));
    }

    [Fact]
    public async Task NotCountedInTheArchiveUntilItsTime()
    {
        await PublishedAsync("Already out this month", portal.Clock.Now.AddDays(-1));
        var item = await EmbargoedAsync();
        var reader = portal.CreateClient();
        var before = JulyCount(await reader.GetTextAsync("/news/2024"));
        Assert.DoesNotContain(item.Title, await reader.GetTextAsync("/news/2024/07"));

        await ReleaseAsync();

        Assert.Equal(before + 1, JulyCount(await reader.GetTextAsync("/news/2024")));
        Assert.Contains(item.Title, await reader.GetTextAsync("/news/2024/07"));
    }

    [Fact]
    public async Task NotLinkedAsTheNewerNeighbourUntilItsTime()
    {
        // After every item earlier tests released, so that the embargoed one is its next.
        var older = await PublishedAsync("The item before the embargoed one", portal.Clock.Now.AddSeconds(-1));
        var item = await EmbargoedAsync();
        await AssertOnlyAfterReleaseAsync(item.Title, [$"/news/{older.Slug}"]);
    }

    [Fact]
    public async Task NotLinkedAsTheOtherLanguageOfItsOriginalUntilItsTime()
    {
        var original = await PublishedAsync("The original of an embargoed translation", portal.Clock.Now.AddMinutes(-5));
        var translation = await EmbargoedAsync(p => { p.Language = ContentLanguage.Ru; p.TranslationOfId = original.Id; });
        await AssertOnlyAfterReleaseAsync(translation.Slug, [$"/news/{original.Slug}"]);
    }

    [Fact]
    public async Task ItsPhotosAreNotServedUntilItsTime()
    {
        var image = new StoredImage { Id = Guid.NewGuid(), ContentType = "image/png", Bytes = [0x89, 0x50, 0x4E, 0x47], Width = 1, Height = 1, CreatedAt = portal.Clock.Now };
        await EmbargoedAsync(p => p.Photos = [new Photo { Image = image, Caption = "The signing", AltText = "Ministers sign" }]);
        var reader = portal.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/media/{image.Id}")).StatusCode);

        await ReleaseAsync();

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/media/{image.Id}")).StatusCode);
    }

    private async Task AssertOnlyAfterReleaseAsync(string text, string[] paths, bool ifAbsentOrNotFound = false)
    {
        var reader = portal.CreateClient();
        foreach (var path in paths)
        {
            var before = await reader.GetAsync(path);
            Assert.True(before.IsSuccessStatusCode || (ifAbsentOrNotFound && before.StatusCode == HttpStatusCode.NotFound), $"{path}: {before.StatusCode}");
            Assert.DoesNotContain(text, WebUtility.HtmlDecode(await before.Content.ReadAsStringAsync()));
        }

        await ReleaseAsync();

        foreach (var path in paths)
        {
            Assert.Contains(text, await reader.GetTextAsync(path));
        }
    }

    private async Task<Publication> EmbargoedAsync(Action<Publication>? change = null)
    {
        var item = new PublicationBuilder(portal.News, "Held for release " + Guid.NewGuid().ToString("N")[..8])
            .UnderEmbargo(portal.Clock.Now.AddMinutes(30), "Briefing for journalists at noon")
            .With(change ?? (_ => { }))
            .Build();
        await portal.AddAsync(item);
        return item;
    }

    private async Task<Publication> PublishedAsync(string title, DateTimeOffset at)
    {
        var item = new PublicationBuilder(portal.News, title + " " + Guid.NewGuid().ToString("N")[..6]).PublishedAt(at).Build();
        await portal.AddAsync(item);
        return item;
    }

    /// <summary>Its time comes, and the scheduler's round publishes it.</summary>
    private async Task ReleaseAsync()
    {
        portal.Clock.Advance(TimeSpan.FromMinutes(31));
        await portal.PublishDueAsync();
    }

    private static int JulyCount(string yearPage) => int.Parse(JulyCountPattern().Match(yearPage).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"July</a> <span class=""count"">\((\d+)\)")]
    private static partial Regex JulyCountPattern();
}
