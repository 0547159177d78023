namespace CstoPress.Web.Tests.Search;

/// <summary>Section, kind, year, person and language narrow the results; the query and the choices stay on the page.</summary>
public class NarrowingSearchWithFilters(NarrowingSearchWithFilters.BorealisArchive portal) : IClassFixture<NarrowingSearchWithFilters.BorealisArchive>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Theory]
    [InlineData("section=statements", "Borealis statement")]
    [InlineData("kind=speech", "Borealis speech")]
    [InlineData("year=2021", "Borealis news item")]
    [InlineData("person=stanislav-zas", "Borealis speech")]
    [InlineData("language=ru", "Бореалис: новость")]
    public async Task EachFilterNarrowsTheResults(string filter, string onlyTitle)
    {
        var html = await _client.GetTextAsync($"/search?q=Borealis&{filter}");

        Assert.Contains(onlyTitle, html);
        Assert.Contains("Publications found: 1", html);
    }

    [Fact]
    public async Task WithoutFiltersEverythingMatchingIsFound()
    {
        var html = await _client.GetTextAsync("/search?q=Borealis");

        Assert.Contains("Publications found: 4", html);
    }

    [Fact]
    public async Task TheQueryAndTheChosenFiltersStayInTheForm()
    {
        var html = await _client.GetTextAsync("/search?q=Borealis+speech&kind=speech&year=2022&section=secretary-general");

        Assert.Contains("id=\"search-q\" type=\"search\" name=\"q\" value=\"Borealis speech\"", html);
        Assert.Contains("<option value=\"speech\" selected=\"selected\">", html);
        Assert.Contains("<option selected=\"selected\">2022</option>", html);
        Assert.Contains("<option value=\"secretary-general\" selected=\"selected\">", html);
    }

    [Fact]
    public async Task NothingFoundWithFiltersSuggestsRemovingThem()
    {
        var html = await _client.GetTextAsync("/search?q=Borealis&kind=interview&year=2021");

        Assert.Contains("Nothing was found for «Borealis»", html);
        Assert.Contains("Try again without the filters", html);
        Assert.Contains("href=\"/search?q=Borealis\"", html);
    }

    [Fact]
    public async Task NothingFoundWithoutFiltersSuggestsOtherWords()
    {
        var html = await _client.GetTextAsync("/ru/search?q=несуществующееслово");

        Assert.Contains("По запросу «несуществующееслово» ничего не найдено", html);
        Assert.Contains("Попробуйте другие слова", html);
    }

    /// <summary>The publications every test of this class searches, added once.</summary>
    public sealed class BorealisArchive : SeededPortal
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var zas = Catalog.Person("stanislav-zas");
            await AddAsync(
                new PublicationBuilder(News, "Borealis news item").PublishedAt(new DateTimeOffset(2021, 3, 1, 9, 0, 0, TimeSpan.Zero)),
                new PublicationBuilder(Catalog.Section("secretary-general"), "Borealis speech")
                    .OfKind(PublicationKind.Speech)
                    .With(p => p.Speech = new SpeechDetails { Speaker = zas })
                    .PublishedAt(new DateTimeOffset(2022, 5, 1, 9, 0, 0, TimeSpan.Zero)),
                new PublicationBuilder(Catalog.Section("statements"), "Borealis statement")
                    .OfKind(PublicationKind.Statement)
                    .PublishedAt(new DateTimeOffset(2023, 6, 1, 9, 0, 0, TimeSpan.Zero)),
                new PublicationBuilder(News, "Бореалис: новость").InRussian()
                    .WithBody("Borealis по-русски.")
                    .PublishedAt(new DateTimeOffset(2023, 7, 1, 9, 0, 0, TimeSpan.Zero)));
        }
    }
}
