using System.Text.Json;

namespace CstoPress.Web.Tests.Seo;

public partial class PublicationMetaTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task APublicationPageHasCanonicalOpenGraphTwitterAndNewsArticleData()
    {
        var image = new StoredImage { Id = Guid.NewGuid(), ContentType = "image/png", Bytes = [1, 2, 3], Width = 1200, Height = 800 };
        var zas = portal.Catalog.Person("stanislav-zas");
        Publication item = new PublicationBuilder(portal.Catalog.Section("secretary-general"), "Address to the Council")
            .OfKind(PublicationKind.Speech)
            .WithLead("The Secretary General addressed the Council.")
            .With(p =>
            {
                p.Speech = new SpeechDetails { Speaker = zas, SpeakerPost = "Secretary General", Occasion = "Session of the Council", Place = "Minsk" };
                p.Photos.Add(new Photo { Image = image, ImageId = image.Id, Caption = "At the session", AltText = "The Secretary General speaking" });
                p.Tags.Add(new Tag { Slug = "meta-council", Name = "Council" });
            });
        await portal.AddAsync(item);

        var html = await _client.GetTextAsync($"/news/{item.Slug}");
        var url = $"http://localhost/news/{item.Slug}";

        Assert.Contains($"<link rel=\"canonical\" href=\"{url}\">", html, StringComparison.Ordinal);
        Assert.Equal("article", Meta(html, "og:type"));
        Assert.Equal("Address to the Council", Meta(html, "og:title"));
        Assert.Equal("The Secretary General addressed the Council.", Meta(html, "og:description"));
        Assert.Equal(url, Meta(html, "og:url"));
        Assert.Equal($"http://localhost/media/{image.Id:N}", Meta(html, "og:image"));
        Assert.Equal("2024-07-26T11:00:00Z", Meta(html, "article:published_time"));
        Assert.Equal("summary_large_image", Meta(html, "twitter:card"));
        Assert.Equal("Address to the Council", Meta(html, "twitter:title"));

        using var article = JsonDocument.Parse(JsonLd(html));
        var root = article.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("Address to the Council", root.GetProperty("headline").GetString());
        Assert.Equal("2024-07-26T11:00:00Z", root.GetProperty("datePublished").GetString());
        Assert.Equal(url, root.GetProperty("mainEntityOfPage").GetString());
        Assert.Equal("Person", root.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Stanislav Zas", root.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("Session of the Council", root.GetProperty("about").GetProperty("name").GetString());
        Assert.Equal("Organization", root.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal($"http://localhost/media/{image.Id:N}", root.GetProperty("image")[0].GetString());
    }

    [Fact]
    public async Task AScriptEndTagInATitleCannotBreakOutOfTheJsonLdBlock()
    {
        const string title = "Breakout </script><script>alert(1)</script> attempt";
        Publication item = new PublicationBuilder(portal.News, title).WithSlug("script-breakout-attempt")
            .WithLead("Lead </SCRIPT> with <!-- a comment opener");
        await portal.AddAsync(item);

        var raw = await _client.GetStringAsync($"/news/{item.Slug}");

        Assert.Single(ScriptTag().Matches(raw));
        using var article = JsonDocument.Parse(JsonLd(raw));
        Assert.Equal(title, article.RootElement.GetProperty("headline").GetString());
        Assert.Equal("Lead </SCRIPT> with <!-- a comment opener", article.RootElement.GetProperty("description").GetString());
    }

    [Fact]
    public async Task TranslationsPointAtEachOtherWithHreflang()
    {
        var original = new PublicationBuilder(portal.News, "Meeting in Yerevan").Build();
        var translation = new PublicationBuilder(portal.News, "Встреча в Ереване").InRussian().With(p => p.TranslationOf = original).Build();
        await portal.AddAsync(original, translation);

        var english = await _client.GetTextAsync($"/news/{original.Slug}");
        var russian = await _client.GetTextAsync($"/ru/news/{translation.Slug}");

        Assert.Contains($"<link rel=\"alternate\" hreflang=\"ru\" href=\"http://localhost/ru/news/{translation.Slug}\">", english, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/news/{original.Slug}\">", russian, StringComparison.Ordinal);
        Assert.Equal("ru_RU", Meta(russian, "og:locale"));
        Assert.Equal("en_GB", Meta(russian, "og:locale:alternate"));
    }

    [Fact]
    public async Task AWithdrawnPageCarriesNoArticleData()
    {
        Publication item = new PublicationBuilder(portal.News, "Withdrawn for the meta test").Withdrawn("Withdrawn.");
        await portal.AddAsync(item);

        var response = await _client.GetAsync($"/news/{item.Slug}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("application/ld+json", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
    }

    private static string? Meta(string html, string name)
    {
        var match = Regex.Match(html, $"<meta (?:property|name)=\"{Regex.Escape(name)}\" content=\"([^\"]*)\">");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private static string JsonLd(string html)
    {
        var match = JsonLdBlock().Match(html);
        Assert.True(match.Success, "the page has a JSON-LD block");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdBlock();

    [GeneratedRegex("<script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();
}
