namespace CstoPress.Web.Tests.Pages;

/// <summary>25 items in a section of their own: pages of 10, 10 and 5.</summary>
public partial class ListingPaginationTests(ListingPaginationTests.Portal portal) : IClassFixture<ListingPaginationTests.Portal>
{
    public class Portal : SeededPortal
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var at = StartTime.AddDays(-100);
            var items = Enumerable.Range(1, 25)
                .Select(i => new PublicationBuilder(Catalog.Section("documents"), $"Paged document {i:00}").PublishedAt(at.AddDays(i)).Build())
                .ToArray();
            await AddAsync(items);
        }
    }

    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task FirstPageHasTheTenNewestAndOnlyALinkToOlder()
    {
        var html = await _client.GetStringAsync("/sections/documents");

        Assert.Equal(Enumerable.Range(16, 10).Reverse().Select(i => $"Paged document {i:00}"), Titles(html));
        Assert.Contains("rel=\"next\"", html);
        Assert.DoesNotContain("rel=\"prev\" href=\"/sections/documents?after", html);
    }

    [Fact]
    public async Task WalkingOlderReachesTheLastPageWhichHasNoOlderLink()
    {
        var second = await _client.GetStringAsync(OlderLink(await _client.GetStringAsync("/sections/documents")));
        Assert.Equal(Enumerable.Range(6, 10).Reverse().Select(i => $"Paged document {i:00}"), Titles(second));

        var last = await _client.GetStringAsync(OlderLink(second));
        Assert.Equal(Enumerable.Range(1, 5).Reverse().Select(i => $"Paged document {i:00}"), Titles(last));
        Assert.DoesNotContain("rel=\"next\"", PagerOf(last));
        Assert.Contains("rel=\"prev\"", PagerOf(last));
    }

    [Fact]
    public async Task WalkingNewerFromTheLastPageComesBackToTheFirst()
    {
        var second = await _client.GetStringAsync(OlderLink(await _client.GetStringAsync("/sections/documents")));
        var last = await _client.GetStringAsync(OlderLink(second));

        var backToSecond = await _client.GetStringAsync(NewerLink(last));
        Assert.Equal(Titles(second), Titles(backToSecond));
        var backToFirst = await _client.GetStringAsync(NewerLink(backToSecond));
        Assert.Equal(Enumerable.Range(16, 10).Reverse().Select(i => $"Paged document {i:00}"), Titles(backToFirst));
        Assert.DoesNotContain("rel=\"prev\"", PagerOf(backToFirst));
    }

    [Theory]
    [InlineData("/sections/documents?before=0-0")]
    [InlineData("/sections/documents?before=not-a-cursor")]
    [InlineData("/sections/documents?before=99999999999999999999-1")]
    [InlineData("/sections/documents?before=1-1&after=1-1")]
    [InlineData("/sections/documents?after=99999999999999-1")]
    public async Task BeyondTheEndsOrAMalformedCursorIsNotFound(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AllNewsListsEveryPublishedItemAcrossSections()
    {
        var html = await _client.GetStringAsync("/news");

        Assert.Equal(10, Titles(html).Count);
        Assert.Contains("<h1>All news</h1>", html);
    }

    private static List<string> Titles(string html) =>
        TitleLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    private static string PagerOf(string html) =>
        html.Contains("class=\"pager\"", StringComparison.Ordinal) ? html[html.IndexOf("class=\"pager\"", StringComparison.Ordinal)..] : "";

    private static string OlderLink(string html) => WebUtility.HtmlDecode(Regex.Match(PagerOf(html), "rel=\"next\"[^>]*href=\"([^\"]+)\"").Groups[1].Value);

    private static string NewerLink(string html) => WebUtility.HtmlDecode(Regex.Match(PagerOf(html), "rel=\"prev\" href=\"([^\"]+)\"").Groups[1].Value);

    [GeneratedRegex("<h3 class=\"item-title\"><a href=\"[^\"]+\">([^<]+)</a>")]
    private static partial Regex TitleLink();
}
