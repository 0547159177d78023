using CstoPress.Core.Search;
using CstoPress.Data.Search;

namespace CstoPress.Web.Tests.Search;

/// <summary>Results come in pages of ten, walked with ?from=, keeping the query and filters; the API calls the same repository.</summary>
public class PagingSearchResults(PagingSearchResults.AuroraArchive portal) : IClassFixture<PagingSearchResults.AuroraArchive>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task PagesFollowOneAnotherWithTheQueryKept()
    {
        var first = await _client.GetTextAsync("/search?q=aurora&kind=news");
        var second = await _client.GetTextAsync("/search?q=aurora&kind=news&from=10");
        var third = await _client.GetTextAsync("/search?q=aurora&kind=news&from=20");

        Assert.Contains("Publications found: 23", first);
        Assert.Contains("Aurora bulletin number 1<", first);
        Assert.Contains("href=\"/search?q=aurora&kind=news&from=10\"", first);
        Assert.DoesNotContain("Previous results", first);
        Assert.Contains("Aurora bulletin number 11<", second);
        Assert.Contains("href=\"/search?q=aurora&kind=news\"", second);
        Assert.Contains("Aurora bulletin number 23<", third);
        Assert.DoesNotContain("More results", third);
    }

    [Fact]
    public async Task TheRepositoryServesTheSameSearchToOtherCallers()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<SearchRepository>();
        SearchText.Read("aurora", out var text);

        var first = await search.SearchAsync(text, new SearchFilter { Language = ContentLanguage.En }, null, 5);
        var second = await search.SearchAsync(text, new SearchFilter { Language = ContentLanguage.En }, first.Next, 5);
        var russian = await search.SearchAsync(text, new SearchFilter { Language = ContentLanguage.Ru }, null, 5);

        Assert.Equal(23, first.Total);
        Assert.Equal(5, first.Hits.Count);
        Assert.Equal(new SearchCursor(5), first.Next);
        Assert.Empty(first.Hits.Select(h => h.Publication.Id).Intersect(second.Hits.Select(h => h.Publication.Id)));
        Assert.Equal(new SearchCursor(0), second.Previous);
        Assert.True(russian.IsEmpty);
    }

    /// <summary>The publications every test of this class searches, added once.</summary>
    public sealed class AuroraArchive : SeededPortal
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var items = Enumerable.Range(1, 23)
                .Select(i => new PublicationBuilder(News, $"Aurora bulletin number {i}")
                    .PublishedAt(PortalFactory.StartTime.AddDays(-i))
                    .Build())
                .ToArray();
            await AddAsync(items);
        }
    }
}
