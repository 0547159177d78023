using System.Net.Http.Headers;

namespace CstoPress.Web.Tests.Feeds;

public class FeedConditionalGetTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Theory]
    [InlineData("/feeds/all.atom")]
    [InlineData("/feeds/all.rss")]
    [InlineData("/feeds/sections/news.atom")]
    [InlineData("/ru/feeds/all.rss")]
    [InlineData("/feeds/changes.atom")]
    [InlineData("/sitemap.xml")]
    public async Task AnUnchangedFeedAnswers304ToItsETagAndToItsLastModified(string url)
    {
        await portal.AddAsync(new PublicationBuilder(portal.News, "Conditional GET item " + Guid.NewGuid().ToString("N")[..6]));
        var first = await _client.GetAsync(url);
        var etag = first.Headers.ETag;
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(etag);
        Assert.NotNull(lastModified);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, url);
        byTag.Headers.IfNoneMatch.Add(etag);
        var notModifiedByTag = await _client.SendAsync(byTag);

        using var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        byDate.Headers.IfModifiedSince = lastModified;
        var notModifiedByDate = await _client.SendAsync(byDate);

        Assert.Equal(HttpStatusCode.NotModified, notModifiedByTag.StatusCode);
        Assert.Empty(await notModifiedByTag.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModifiedByDate.StatusCode);
    }

    [Fact]
    public async Task ANewPublicationChangesTheETagAndTheFeedIsSentAgain()
    {
        var first = await _client.GetAsync("/feeds/sections/documents.atom");
        var etag = first.Headers.ETag!;

        await portal.AddAsync(new PublicationBuilder(portal.Catalog.Section("documents"), "A new document for the poller")
            .PublishedAt(portal.Clock.Now.AddMinutes(-1)));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/sections/documents.atom");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(etag, second.Headers.ETag);
        Assert.Contains("A new document for the poller", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AWithdrawalMovesLastModifiedForwardSoIfModifiedSinceSeesIt()
    {
        var item = new PublicationBuilder(portal.Catalog.Section("interviews"), "Interview to be withdrawn")
            .PublishedAt(portal.Clock.Now.AddHours(-2)).Build();
        await portal.AddAsync(item);
        var first = await _client.GetAsync("/feeds/sections/interviews.atom");

        await portal.WithDatabaseAsync(async db =>
        {
            var stored = await db.Publications.FindAsync(item.Id);
            stored!.Withdraw("The interview was not authorised.", portal.Clock.Now.AddMinutes(-1));
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/sections/interviews.atom");
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.DoesNotContain("Interview to be withdrawn", await second.Content.ReadAsStringAsync());
        Assert.True(second.Content.Headers.LastModified > first.Content.Headers.LastModified);
    }

    [Theory]
    [InlineData("/feeds/all.atom")]
    [InlineData("/ru/feeds/sections/news.rss")]
    [InlineData("/sitemap.xml")]
    public async Task AHeadRequestGetsTheHeadersWithoutTheBody(string url)
    {
        var get = await _client.GetAsync(url);
        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task FeedsMayBeCachedBriefly()
    {
        var response = await _client.GetAsync("/feeds/all.atom");

        Assert.Equal(TimeSpan.FromMinutes(5), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.IsType<EntityTagHeaderValue>(response.Headers.ETag);
    }
}
