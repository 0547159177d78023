using Microsoft.AspNetCore.Mvc.Testing;

namespace CstoPress.Web.Tests.Localization;

/// <summary>Everything under /ru speaks Russian, from the resource files, dates and month names included.</summary>
public class RussianPagesSpeakRussian(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/ru", "Последние публикации")]
    [InlineData("/ru/news", "Все новости")]
    [InlineData("/ru/sections/news", "Главная")]
    [InlineData("/ru/people/stanislav-zas", "Выступления и публикации")]
    [InlineData("/ru/search", "Введите слово, имя или фразу")]
    public async Task InterfaceTextIsRussian(string address, string text)
    {
        var html = await _client.GetTextAsync(address);

        Assert.Contains("<html lang=\"ru\">", html);
        Assert.Contains(text, html);
        Assert.Contains("Перейти к содержанию", html);
        Assert.Contains("Поиск по сайту", html);
        Assert.DoesNotContain("Skip to content", html);
    }

    [Theory]
    [InlineData("/", "Latest")]
    [InlineData("/news", "All news")]
    [InlineData("/search", "Type a word, a name or a phrase")]
    public async Task InterfaceTextIsEnglishOutsideRu(string address, string text)
    {
        var html = await _client.GetTextAsync(address);

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains(text, html);
        Assert.Contains("Skip to content", html);
        Assert.DoesNotContain("Перейти к содержанию", html);
    }

    [Fact]
    public async Task APublicationShowsItsDateInLongFormInItsLanguage()
    {
        var at = new DateTimeOffset(2024, 7, 25, 9, 0, 0, TimeSpan.Zero);
        Publication russian = new PublicationBuilder(portal.News, "Совет министров иностранных дел").InRussian().PublishedAt(at)
            .With(p => p.Document = new DocumentDetails { AdoptingBody = "Совет", AdoptedOn = new DateOnly(2024, 3, 1) });
        Publication english = new PublicationBuilder(portal.News, "Council of Foreign Ministers").PublishedAt(at);
        await portal.AddAsync(russian, english);

        var russianPage = await _client.GetTextAsync($"/ru/news/{russian.Slug}");
        var englishPage = await _client.GetTextAsync($"/news/{english.Slug}");
        var russianListing = await _client.GetTextAsync("/ru/news");

        Assert.Contains("25 июля 2024", russianPage);
        Assert.Contains("1 марта 2024", russianPage);
        Assert.Contains("Новость", russianPage);
        Assert.Contains("25 July 2024", englishPage);
        Assert.Contains("25.07.2024", russianListing);
    }

    [Fact]
    public async Task ANotFoundPageUnderRuIsInRussian()
    {
        var response = await _client.GetAsync("/ru/news/net-takoi-publikatsii");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Страница не найдена", html);
        Assert.Contains("<html lang=\"ru\">", html);
        Assert.Contains("href=\"/ru/news\"", html);
    }

    [Fact]
    public async Task KindNamesFollowThePage()
    {
        Publication statement = new PublicationBuilder(portal.Catalog.Section("statements"), "Заявление о сотрудничестве").InRussian()
            .OfKind(PublicationKind.Statement);
        await portal.AddAsync(statement);

        var html = await _client.GetTextAsync("/ru/sections/statements");

        Assert.Contains("· Заявление</p>", html);
    }
}
