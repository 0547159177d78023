using System.Text.Json;

namespace CstoPress.Web.Tests.Api;

public class SearchingThroughTheApiTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task QFindsTheMatchingPublicationsBestFirstAndPagesThroughThem()
    {
        await portal.AddAsync(
            new PublicationBuilder(portal.News, "Peacekeepers rehearse a convoy escort").WithSlug("api-search-title"),
            new PublicationBuilder(portal.News, "Ministers meet").WithSlug("api-search-body").WithBody("They spoke about peacekeeping training."),
            new PublicationBuilder(portal.News, "Unrelated meeting").WithSlug("api-search-other").WithBody("Budget questions."),
            new PublicationBuilder(portal.News, "Peacekeeping draft").WithSlug("api-search-draft").Draft());

        using var first = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/publications?q=peacekeeping&limit=1"));
        var firstItems = first.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
        Assert.Equal(["api-search-title"], firstItems);

        var next = first.RootElement.GetProperty("next").GetString();
        using var second = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/publications?q=peacekeeping&limit=1&cursor={next}"));
        var secondItems = second.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
        Assert.Equal(["api-search-body"], secondItems);
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task QTakesTheSameFiltersAsTheListing()
    {
        await portal.AddAsync(
            new PublicationBuilder(portal.Catalog.Section("statements"), "Statement on humanitarian convoys").WithSlug("api-search-statement"),
            new PublicationBuilder(portal.News, "News on humanitarian convoys").WithSlug("api-search-news"));

        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/publications?q=humanitarian&section=statements"));

        var slugs = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
        Assert.Equal(["api-search-statement"], slugs);
    }
}
