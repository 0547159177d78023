namespace CstoPress.Web.Tests.Pages;

public class CatalogPageTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task APersonPageListsTheirPostsAndSpeeches()
    {
        var semerikov = portal.Catalog.Person("valery-semerikov");
        await portal.AddAsync(new PublicationBuilder(portal.Catalog.Section("secretary-general"), "Address to the conference")
            .OfKind(PublicationKind.Speech)
            .With(p => p.Speech = new SpeechDetails { Speaker = semerikov, SpeakerPost = "Acting Secretary General" }));

        var html = await _client.GetStringAsync("/people/valery-semerikov");

        Assert.Contains("<h1>Valery Semerikov</h1>", html);
        Assert.Contains("Acting Secretary General, 2018–2019", html);
        Assert.Contains("Address to the conference", html);
    }

    [Fact]
    public async Task ATagPageListsItsPublications()
    {
        var tag = new Tag { Slug = "peacekeeping", Name = "Peacekeeping" };
        await portal.AddAsync(new PublicationBuilder(portal.News, "Peacekeepers train").With(p => p.Tags.Add(tag)));

        var html = await _client.GetStringAsync("/tags/peacekeeping");

        Assert.Contains("Topic: Peacekeeping", html);
        Assert.Contains("Peacekeepers train", html);
    }

    [Fact]
    public async Task RussianListingsShowRussianPublicationsOnly()
    {
        await portal.AddAsync(
            new PublicationBuilder(portal.Catalog.Section("interviews"), "Интервью Генерального секретаря").InRussian(),
            new PublicationBuilder(portal.Catalog.Section("interviews"), "English interview only"));

        var html = await _client.GetStringAsync("/ru/sections/interviews");

        Assert.Contains("<html lang=\"ru\">", html);
        Assert.Contains("<h1>Интервью</h1>", html);
        Assert.Contains("Интервью Генерального секретаря", html);
        Assert.DoesNotContain("English interview only", html);
    }

    [Theory]
    [InlineData("/sections/no-such-section")]
    [InlineData("/people/nobody")]
    [InlineData("/tags/no-such-tag")]
    [InlineData("/ru/sections/no-such-section")]
    public async Task UnknownSlugsAreNotFound(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
