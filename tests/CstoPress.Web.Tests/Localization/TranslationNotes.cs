namespace CstoPress.Web.Tests.Localization;

/// <summary>A publication and its translation each say which is the original, whichever language came first.</summary>
public class TranslationNotes(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task AnEnglishOriginalAndItsRussianTranslation()
    {
        var (original, translation) = await PairAsync(
            new PublicationBuilder(portal.News, "Summit in Astana closes"),
            new PublicationBuilder(portal.News, "Саммит в Астане завершился").InRussian());

        var english = await _client.GetTextAsync($"/news/{original.Slug}");
        var russian = await _client.GetTextAsync($"/ru/news/{translation.Slug}");

        Assert.Contains("Original text; a translation is published.", english);
        Assert.Contains($"hreflang=\"ru\" lang=\"ru\">Читать на русском</a>", english);
        Assert.Contains("Перевод с английского.", russian);
        Assert.Contains($"hreflang=\"en\" lang=\"en\">Read in English</a>", russian);
    }

    [Fact]
    public async Task ARussianOriginalAndItsEnglishTranslation()
    {
        var (original, translation) = await PairAsync(
            new PublicationBuilder(portal.News, "Заявление Совета коллективной безопасности").InRussian(),
            new PublicationBuilder(portal.News, "Statement of the Collective Security Council"));

        var russian = await _client.GetTextAsync($"/ru/news/{original.Slug}");
        var english = await _client.GetTextAsync($"/news/{translation.Slug}");

        Assert.Contains("Оригинальный текст; опубликован перевод.", russian);
        Assert.Contains("Translated from Russian.", english);
        Assert.DoesNotContain("Translated from English", english);
    }

    [Fact]
    public async Task AnItemWithoutTranslationSaysNothingAboutOne()
    {
        Publication alone = new PublicationBuilder(portal.News, "Briefing for journalists");
        await portal.AddAsync(alone);

        var html = await _client.GetTextAsync($"/news/{alone.Slug}");

        Assert.DoesNotContain("translation-note", html);
    }

    private async Task<(Publication Original, Publication Translation)> PairAsync(Publication original, Publication translation)
    {
        await portal.AddAsync(original);
        translation.TranslationOfId = original.Id;
        await portal.AddAsync(translation);
        return (original, translation);
    }
}
