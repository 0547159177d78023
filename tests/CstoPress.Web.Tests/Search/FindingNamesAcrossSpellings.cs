namespace CstoPress.Web.Tests.Search;

/// <summary>Names are found however they are spelt (Zas / Zass), through the people's names and variants and the titles.</summary>
public class FindingNamesAcrossSpellings(FindingNamesAcrossSpellings.NamedArchive portal) : IClassFixture<FindingNamesAcrossSpellings.NamedArchive>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Theory]
    [InlineData("Zass")]
    [InlineData("Zas")]
    [InlineData("Stanislav Zass")]
    [InlineData("Зась")]
    public async Task AnySpellingOfZasFindsHisSpeechesAndTheTitlesNamingHim(string spelling)
    {
        var html = await _client.GetTextAsync("/search?q=" + Uri.EscapeDataString(spelling));

        Assert.Contains("Address to the graduates of the academy", html);
        Assert.Contains("Выступление Станислава Зася", html);
        Assert.DoesNotContain("Agricultural fair opens", html);
    }

    [Fact]
    public async Task ASurnameFindsTheItemsAboutThePerson()
    {
        var html = await _client.GetTextAsync("/search?q=Tasmagambetov");

        Assert.Contains("Secretary General visits Dushanbe", html);
        Assert.DoesNotContain("Agricultural fair opens", html);
    }

    [Fact]
    public async Task AMisspeltTitleWordIsStillFound()
    {
        var html = await _client.GetTextAsync("/search?q=ambasador");

        Assert.Contains("Stanislav Zas receives the ambassador", html);
    }

    /// <summary>The publications every test of this class searches, added once.</summary>
    public sealed class NamedArchive : SeededPortal
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var zas = Catalog.Person("stanislav-zas");
            var tasmagambetov = Catalog.Person("imangali-tasmagambetov");
            await AddAsync(
                new PublicationBuilder(Catalog.Section("secretary-general"), "Address to the graduates of the academy")
                    .OfKind(PublicationKind.Speech)
                    .With(p => p.Speech = new SpeechDetails { Speaker = zas }),
                new PublicationBuilder(News, "Stanislav Zas receives the ambassador"),
                new PublicationBuilder(News, "Secretary General visits Dushanbe")
                    .With(p => p.People.Add(tasmagambetov)),
                new PublicationBuilder(News, "Выступление Станислава Зася").InRussian()
                    .With(p => p.Speech = new SpeechDetails { Speaker = zas }),
                new PublicationBuilder(News, "Agricultural fair opens"));
        }
    }
}
