using System.Globalization;
using System.Xml.Linq;

namespace CstoPress.Web.Tests.Feeds;

/// <summary>Every feed read by a real parser, and checked for what RFC 4287 (Atom) and RSS 2.0 require.</summary>
public partial class FeedValidityTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private static readonly XNamespace Atom = FetchedFeed.Atom;
    private readonly HttpClient _client = portal.CreateClient();

    public static TheoryData<string> AtomFeeds => new()
    {
        "/feeds/all.atom", "/ru/feeds/all.atom", "/feeds/sections/news.atom", "/ru/feeds/sections/news.atom",
        "/feeds/kinds/speeches.atom", "/feeds/kinds/press-releases.atom", "/feeds/tags/validity-topic.atom",
        "/feeds/people/stanislav-zas.atom", "/ru/feeds/people/stanislav-zas.atom", "/feeds/changes.atom", "/ru/feeds/changes.atom",
        "/feeds/sections/documents.atom",
    };

    public static TheoryData<string> RssFeeds => new()
    {
        "/feeds/all.rss", "/ru/feeds/all.rss", "/feeds/sections/news.rss", "/feeds/kinds/speeches.rss",
        "/feeds/tags/validity-topic.rss", "/feeds/people/stanislav-zas.rss", "/feeds/changes.rss", "/feeds/sections/documents.rss",
    };

    [Theory]
    [MemberData(nameof(AtomFeeds))]
    public async Task AtomFeedsHaveEveryRequiredElementAndRfc3339Dates(string url)
    {
        await EnsureContentAsync();

        var feed = await FetchedFeed.LoadAsync(_client, url);
        var root = feed.Document.Root!;

        Assert.Equal(Atom + "feed", root.Name);
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Atom + "id")?.Value));
        Assert.True(Uri.IsWellFormedUriString(root.Element(Atom + "id")!.Value, UriKind.Absolute));
        Assert.NotNull(root.Element(Atom + "title"));
        AssertRfc3339(root.Element(Atom + "updated")?.Value);
        Assert.Contains(root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && ((string?)l.Attribute("href"))!.EndsWith(url, StringComparison.Ordinal));
        Assert.NotNull(root.Element(Atom + "author")?.Element(Atom + "name"));
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")?.Value, UriKind.Absolute));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            AssertRfc3339(entry.Element(Atom + "updated")?.Value);
            AssertRfc3339(entry.Element(Atom + "published")?.Value);
            Assert.Contains(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") is null or "alternate");
            Assert.NotNull(entry.Element(Atom + "author")?.Element(Atom + "name"));
        }

        Assert.True(url.Contains("changes", StringComparison.Ordinal) || url.Contains("documents", StringComparison.Ordinal) || root.Elements(Atom + "entry").Any(), "the test content reaches every publication feed");
    }

    [Theory]
    [MemberData(nameof(RssFeeds))]
    public async Task RssFeedsHaveEveryRequiredElementAndRfc822Dates(string url)
    {
        await EnsureContentAsync();

        var feed = await FetchedFeed.LoadAsync(_client, url);
        var root = feed.Document.Root!;
        var channel = root.Element("channel")!;

        Assert.Equal("rss", root.Name.LocalName);
        Assert.Equal("2.0", (string?)root.Attribute("version"));
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("title")?.Value));
        Assert.True(Uri.IsWellFormedUriString(channel.Element("link")?.Value, UriKind.Absolute));
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("description")?.Value));
        AssertRfc822(channel.Element("lastBuildDate")?.Value);
        foreach (var item in channel.Elements("item"))
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Element("title")?.Value));
            Assert.True(Uri.IsWellFormedUriString(item.Element("link")?.Value, UriKind.Absolute));
            Assert.False(string.IsNullOrWhiteSpace(item.Element("guid")?.Value));
            AssertRfc822(item.Element("pubDate")?.Value);
            Assert.All(item.Elements("author"), a => Assert.Contains("@", a.Value, StringComparison.Ordinal));
        }
    }

    private static void AssertRfc3339(string? value)
    {
        Assert.NotNull(value);
        Assert.Matches(Rfc3339(), value);
        Assert.True(DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
    }

    private static void AssertRfc822(string? value)
    {
        Assert.NotNull(value);
        Assert.Matches(Rfc822(), value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    // RFC 822 as RSS 2.0 uses it (with four-digit years): 'Fri, 26 Jul 2024 11:00:00 Z' or '+0300'.
    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (Z|UT|GMT|[+-]\d{4})$")]
    private static partial Regex Rfc822();

    private static readonly SemaphoreSlim Once = new(1, 1);

    private async Task EnsureContentAsync()
    {
        await Once.WaitAsync();
        try
        {
            var exists = false;
            await portal.WithDatabaseAsync(db =>
            {
                exists = db.Publications.Any(p => p.Title == "Validity: news");
                return Task.CompletedTask;
            });
            if (exists)
            {
                return;
            }

            var zas = portal.Catalog.Person("stanislav-zas");
            var topic = new Tag { Slug = "validity-topic", Name = "Validity topic" };
            Publication withNote = new PublicationBuilder(portal.News, "Validity: news")
                .With(p =>
                {
                    p.Tags.Add(topic);
                    p.ChangeNotes.Add(new ChangeNote { ChangedAt = PortalFactory.StartTime.AddMinutes(-20), Note = "Corrected the date." });
                });
            await portal.AddAsync(
                withNote,
                new PublicationBuilder(portal.News, "Валидность: новость").InRussian()
                    .With(p => p.People.Add(zas)),
                new PublicationBuilder(portal.Catalog.Section("secretary-general"), "Validity: speech").OfKind(PublicationKind.Speech)
                    .With(p => p.Speech = new SpeechDetails { Speaker = zas }),
                new PublicationBuilder(portal.News, "Validity: press release").OfKind(PublicationKind.PressRelease)
                    .With(p => p.Contact = new ContactSnapshot { Name = "No e-mail contact", Phone = "+7 495 000-00-03" }),
                new PublicationBuilder(portal.Catalog.Section("documents"), "Validity: withdrawn").Withdrawn("Issued in error."));
        }
        finally
        {
            Once.Release();
        }
    }
}
