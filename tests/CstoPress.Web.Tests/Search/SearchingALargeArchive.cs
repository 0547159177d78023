using CstoPress.Core.Search;
using CstoPress.Data.Search;

namespace CstoPress.Web.Tests.Search;

/// <summary>
/// An archive larger than the recent window the search reads first: whether a word's newest matches
/// are found among the newest items or only in the whole archive, the answer is the same one.
/// </summary>
public class SearchingALargeArchive(SearchingALargeArchive.LargeArchive portal) : IClassFixture<SearchingALargeArchive.LargeArchive>
{
    [Fact]
    public async Task AWordInEveryItemGivesTheNewestThousand()
    {
        var results = await SearchAsync("convoy");
        var lastPage = await SearchAsync("convoy", new SearchCursor(990));

        Assert.True(results.IsTotalCapped);
        Assert.Equal("Bulletin 1", results.Hits[0].Publication.Title);
        Assert.Equal("Bulletin 1000", lastPage.Hits[^1].Publication.Title);
    }

    [Fact]
    public async Task AWordInEveryThirdItemIsFoundBeyondTheRecentItemsNewestFirst()
    {
        // A thousand of them among the newest three thousand items are not enough to know they are the
        // newest thousand matches; the search looks further back before it answers.
        var results = await SearchAsync("avalanche");
        var lastPage = await SearchAsync("avalanche", new SearchCursor(990));

        Assert.Equal(LargeArchive.Items / 3, results.Total);
        Assert.Equal("Bulletin 3", results.Hits[0].Publication.Title);
        Assert.Equal("Bulletin 3000", lastPage.Hits[^1].Publication.Title);
    }

    [Fact]
    public async Task AWordMostlyInOldItemsIsFoundAllOverTheArchiveNewestFirst()
    {
        var results = await SearchAsync("glacier");

        Assert.Equal(LargeArchive.OldGlaciers + 1, results.Total);
        Assert.Equal("Bulletin 5", results.Hits[0].Publication.Title);
        Assert.Equal($"Bulletin {LargeArchive.Items - LargeArchive.OldGlaciers + 1}", results.Hits[1].Publication.Title);
    }

    [Fact]
    public async Task AWordOnlyInOldItemsIsFound()
    {
        var results = await SearchAsync("tundra");

        Assert.Equal(LargeArchive.OldGlaciers, results.Total);
        Assert.Equal($"Bulletin {LargeArchive.Items - LargeArchive.OldGlaciers + 1}", results.Hits[0].Publication.Title);
    }

    private async Task<SearchResults> SearchAsync(string words, SearchCursor? cursor = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        SearchText.Read(words, out var text);
        return await scope.ServiceProvider.GetRequiredService<SearchRepository>().SearchAsync(text, new SearchFilter(), cursor, 10);
    }

    /// <summary>
    /// Bulletin 1 is the newest, one hour apart each. Every one mentions a convoy, every third an
    /// avalanche; bulletin 5 and the oldest five hundred a glacier; those oldest five hundred also the tundra.
    /// </summary>
    public sealed class LargeArchive : SeededPortal
    {
        public const int Items = 4000;
        public const int OldGlaciers = 500;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var sectionId = News.Id;
            var newest = StartTime.AddDays(-1);
            // Thousands of items through the model would make this fixture slower than everything it tests.
            await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO publications (kind, section_id, language, title, slug, lead, body, published_at, status,
                                          source_is_our_translation, awaits_approval, created_at, updated_at)
                SELECT 'News', {sectionId}, 'en', 'Bulletin ' || i, 'bulletin-' || i, 'Lead of bulletin ' || i,
                       'The convoy report.' || CASE WHEN i % 3 = 0 THEN ' An avalanche.' ELSE '' END
                                            || CASE WHEN i = 5 OR i > {Items - OldGlaciers} THEN ' A glacier.' ELSE '' END
                                            || CASE WHEN i > {Items - OldGlaciers} THEN ' The tundra.' ELSE '' END,
                       {newest} - i * interval '1 hour', 'Published', false, false, {newest}, {newest}
                FROM generate_series(1, {Items}) AS i
                """));
        }
    }
}
