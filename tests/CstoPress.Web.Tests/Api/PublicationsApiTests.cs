using System.Text.Json;

namespace CstoPress.Web.Tests.Api;

public class PublicationsApiTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task APublicationHasIdsCanonicalUrlUtcTimesLeadMarkdownHtmlPhotosAndContact()
    {
        var image = new StoredImage { Id = Guid.NewGuid(), ContentType = "image/png", Bytes = [1, 2, 3], Width = 640, Height = 480 };
        Publication item = new PublicationBuilder(portal.News, "API: summit in Astana")
            .WithLead("Leaders met in Astana.")
            .WithBody("They signed **two** declarations.")
            .PublishedAt(new DateTimeOffset(2024, 7, 25, 15, 30, 0, TimeSpan.FromHours(3)).ToUniversalTime())
            .With(p =>
            {
                p.Photos.Add(new Photo { Image = image, ImageId = image.Id, Caption = "The leaders in Astana", AltText = "Leaders at a table", Credit = "Press office" });
                p.Tags.Add(new Tag { Slug = "api-summit", Name = "Summit" });
                p.Contact = new ContactSnapshot { Name = "Press Secretary Test", Email = "press@example.org" };
            });
        await portal.AddAsync(item);

        using var json = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/publications/{item.Slug}"));
        var p = json.RootElement;

        Assert.Equal(item.Id, p.GetProperty("id").GetInt32());
        Assert.Equal($"http://localhost/news/{item.Slug}", p.GetProperty("url").GetString());
        Assert.Equal("en", p.GetProperty("language").GetString());
        Assert.Equal("news", p.GetProperty("kind").GetString());
        Assert.Equal("published", p.GetProperty("status").GetString());
        Assert.Equal("2024-07-25T12:30:00Z", p.GetProperty("publishedAt").GetString());
        Assert.Equal("Leaders met in Astana.", p.GetProperty("lead").GetString());
        Assert.Equal("They signed **two** declarations.", p.GetProperty("bodyMarkdown").GetString());
        Assert.Contains("<strong>two</strong>", p.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal("http://localhost/sections/news", p.GetProperty("section").GetProperty("url").GetString());
        var photo = p.GetProperty("photos")[0];
        Assert.Equal($"http://localhost/media/{image.Id:N}", photo.GetProperty("url").GetString());
        Assert.Equal("The leaders in Astana", photo.GetProperty("caption").GetString());
        Assert.Equal("api-summit", p.GetProperty("tags")[0].GetProperty("slug").GetString());
        Assert.Equal("Press Secretary Test", p.GetProperty("contact").GetProperty("name").GetString());

        var photoResponse = await _client.GetAsync(photo.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, photoResponse.StatusCode);
    }

    [Fact]
    public async Task TheListIsNewestFirstAndTheCursorWalksEveryItemOnce()
    {
        var section = portal.Catalog.Section("interviews");
        var items = Enumerable.Range(1, 7)
            .Select(i => new PublicationBuilder(section, $"Paging {i}").PublishedAt(PortalFactory.StartTime.AddHours(-i)).Build())
            .ToArray();
        // Two at the same minute: the id breaks the tie, so neither is skipped nor repeated.
        items[6].PublishedAt = items[5].PublishedAt;
        await portal.AddAsync(items);

        var seen = new List<string>();
        string? url = "/api/v1/publications?section=interviews&limit=3";
        var pages = 0;
        while (url is not null)
        {
            using var json = JsonDocument.Parse(await _client.GetStringAsync(url));
            seen.AddRange(json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!));
            url = json.RootElement.GetProperty("nextUrl").GetString();
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(["Paging 1", "Paging 2", "Paging 3", "Paging 4", "Paging 5", "Paging 7", "Paging 6"], seen);
    }

    [Fact]
    public async Task FiltersNarrowByKindLanguageTagPersonAndSince()
    {
        var zas = portal.Catalog.Person("stanislav-zas");
        var tag = new Tag { Slug = "api-filter", Name = "API filter" };
        var section = portal.Catalog.Section("secretary-general");
        await portal.AddAsync(
            new PublicationBuilder(section, "Filter: speech").OfKind(PublicationKind.Speech).PublishedAt(PortalFactory.StartTime.AddDays(-10))
                .With(p => p.Speech = new SpeechDetails { Speaker = zas }),
            new PublicationBuilder(section, "Filter: Russian").InRussian().PublishedAt(PortalFactory.StartTime.AddDays(-1)),
            new PublicationBuilder(section, "Filter: tagged").PublishedAt(PortalFactory.StartTime.AddDays(-2)).With(p => p.Tags.Add(tag)),
            new PublicationBuilder(section, "Filter: recent").PublishedAt(PortalFactory.StartTime.AddMinutes(-5)));

        Assert.Equal(["Filter: speech"], await TitlesAsync("/api/v1/publications?section=secretary-general&kind=speeches"));
        Assert.Equal(["Filter: speech"], await TitlesAsync("/api/v1/publications?section=secretary-general&kind=Speech"));
        Assert.Equal(["Filter: Russian"], await TitlesAsync("/api/v1/publications?section=secretary-general&language=ru"));
        Assert.Equal(["Filter: tagged"], await TitlesAsync("/api/v1/publications?tag=api-filter"));
        Assert.Equal(["Filter: speech"], await TitlesAsync("/api/v1/publications?section=secretary-general&person=stanislav-zas"));
        Assert.Equal(["Filter: recent", "Filter: Russian"], await TitlesAsync("/api/v1/publications?section=secretary-general&since=2024-07-25T00:00:00Z"));
        Assert.Equal(["Filter: recent", "Filter: Russian", "Filter: tagged"], await TitlesAsync("/api/v1/publications?section=secretary-general&since=2024-07-24"));
    }

    [Fact]
    public async Task UnpublishedItemsAreNeitherListedNorReachable()
    {
        var section = portal.Catalog.Section("documents");
        Publication draft = new PublicationBuilder(section, "Hidden: draft").Draft();
        Publication scheduled = new PublicationBuilder(section, "Hidden: scheduled").ScheduledFor(PortalFactory.StartTime.AddHours(2));
        Publication future = new PublicationBuilder(section, "Hidden: future").PublishedAt(PortalFactory.StartTime.AddDays(1));
        Publication withdrawn = new PublicationBuilder(section, "Withdrawn document").WithBody("The withdrawn text.").Withdrawn("Replaced by a later version.");
        await portal.AddAsync(draft, scheduled, future, withdrawn, new PublicationBuilder(section, "Visible document"));

        Assert.Equal(["Visible document"], await TitlesAsync("/api/v1/publications?section=documents"));
        foreach (var hidden in new[] { draft, scheduled, future })
        {
            var response = await _client.GetAsync($"/api/v1/publications/{hidden.Slug}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        using var json = JsonDocument.Parse(await _client.GetStringAsync($"/api/v1/publications/{withdrawn.Slug}"));
        Assert.Equal("withdrawn", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("", json.RootElement.GetProperty("bodyMarkdown").GetString());
        Assert.Equal("Replaced by a later version.", json.RootElement.GetProperty("withdrawal").GetProperty("reason").GetString());
        Assert.DoesNotContain("The withdrawn text.", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SectionsPeopleAndTagsAreListedWithTheirAddresses()
    {
        await portal.AddAsync(
            new PublicationBuilder(portal.News, "Tagged for the list").With(p => p.Tags.Add(new Tag { Slug = "listed-topic", Name = "Listed topic" })),
            new PublicationBuilder(portal.News, "Tagged draft").Draft().With(p => p.Tags.Add(new Tag { Slug = "secret-topic", Name = "Secret topic" })));

        using var sections = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/sections"));
        using var people = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/people"));
        using var tags = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/tags"));

        var news = sections.RootElement.EnumerateArray().Single(s => s.GetProperty("slug").GetString() == "news");
        Assert.Equal("Новости", news.GetProperty("nameRu").GetString());
        Assert.Equal("http://localhost/ru/sections/news", news.GetProperty("urlRu").GetString());
        Assert.Equal("http://localhost/feeds/sections/news.atom", news.GetProperty("atomFeed").GetString());
        Assert.Contains(people.RootElement.EnumerateArray(), p => p.GetProperty("slug").GetString() == "stanislav-zas" && p.GetProperty("nameRu").GetString() == "Станислав Зась");
        var topics = tags.RootElement.EnumerateArray().Select(t => t.GetProperty("slug").GetString()).ToList();
        Assert.Contains("listed-topic", topics);
        Assert.DoesNotContain("secret-topic", topics);
    }

    [Fact]
    public async Task JsonKeepsRussianTextReadable()
    {
        Publication item = new PublicationBuilder(portal.News, "Заявление для API").InRussian();
        await portal.AddAsync(item);

        var raw = await _client.GetStringAsync($"/api/v1/publications/{item.Slug}");

        Assert.Contains("Заявление для API", raw, StringComparison.Ordinal);
    }

    private async Task<List<string>> TitlesAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }
}
