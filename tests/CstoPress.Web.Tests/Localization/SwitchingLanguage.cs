namespace CstoPress.Web.Tests.Localization;

/// <summary>The language switch leads to the other-language version of the same thing: the translation, or else the same section or listing.</summary>
public partial class SwitchingLanguage(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Theory]
    [InlineData("/", "/ru")]
    [InlineData("/ru", "/")]
    [InlineData("/news", "/ru/news")]
    [InlineData("/ru/news", "/news")]
    [InlineData("/sections/statements", "/ru/sections/statements")]
    [InlineData("/ru/sections/statements", "/sections/statements")]
    [InlineData("/people/stanislav-zas", "/ru/people/stanislav-zas")]
    [InlineData("/search?q=treaty&kind=news", "/ru/search?q=treaty&kind=news")]
    [InlineData("/ru/search?q=договор", "/search?q=договор")]
    public async Task ListingsSwitchToTheSameListing(string address, string expected)
    {
        var html = await _client.GetTextAsync(address);

        Assert.Equal(expected, Uri.UnescapeDataString(SwitchTarget(html)));
    }

    [Fact]
    public async Task APublicationWithATranslationSwitchesToIt()
    {
        Publication original = new PublicationBuilder(portal.News, "Ministers sign the protocol");
        await portal.AddAsync(original);
        Publication translation = new PublicationBuilder(portal.News, "Министры подписали протокол").InRussian()
            .With(p => p.TranslationOfId = original.Id);
        await portal.AddAsync(translation);

        var english = await _client.GetTextAsync($"/news/{original.Slug}");
        var russian = await _client.GetTextAsync($"/ru/news/{translation.Slug}");

        Assert.Equal($"/ru/news/{translation.Slug}", SwitchTarget(english));
        Assert.Equal($"/news/{original.Slug}", SwitchTarget(russian));
        Assert.Contains($"hreflang=\"ru\" href=\"http://localhost/ru/news/{translation.Slug}\"", english);
        Assert.Contains($"hreflang=\"en\" href=\"http://localhost/news/{original.Slug}\"", russian);
    }

    [Fact]
    public async Task APublicationWithoutATranslationSwitchesToItsSection()
    {
        Publication alone = new PublicationBuilder(portal.Catalog.Section("statements"), "Statement on the anniversary");
        await portal.AddAsync(alone);

        var html = await _client.GetTextAsync($"/news/{alone.Slug}");

        Assert.Equal("/ru/sections/statements", SwitchTarget(html));
    }

    [Fact]
    public async Task AnUnpublishedTranslationIsNotOffered()
    {
        Publication original = new PublicationBuilder(portal.News, "Exercise schedule announced");
        await portal.AddAsync(original);
        Publication draft = new PublicationBuilder(portal.News, "Объявлен график учений").InRussian().Draft()
            .With(p => p.TranslationOfId = original.Id);
        await portal.AddAsync(draft);

        var html = await _client.GetTextAsync($"/news/{original.Slug}");

        Assert.Equal("/ru/sections/news", SwitchTarget(html));
        Assert.DoesNotContain(draft.Slug, html);
    }

    private static string SwitchTarget(string html) => LanguageSwitch().Match(html).Groups[1].Value;

    [GeneratedRegex("class=\"language-switch\" href=\"([^\"]*)\"")]
    private static partial Regex LanguageSwitch();
}
