using Microsoft.AspNetCore.Mvc.Testing;

namespace CstoPress.Web.Tests.Pages;

public class PublicationPageTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task ShowsTitleDateKindBodyContactAndNavigation()
    {
        Publication item = new PublicationBuilder(portal.News, "Ministers meet in Minsk")
            .WithBody("The ministers **agreed** on a plan.\n\n> A quotation.")
            .PublishedAt(new DateTimeOffset(2021, 11, 17, 9, 0, 0, TimeSpan.Zero))
            .With(p => p.Contact = new ContactSnapshot { Name = "Press Secretary Test", Phone = "+7 495 000-00-01", Email = "press@example.org" });
        await portal.AddAsync(item);

        var html = await _client.GetTextAsync($"/news/{item.Slug}");

        Assert.Contains("<h1>Ministers meet in Minsk</h1>", html);
        Assert.Contains("17 November 2021", html);
        Assert.Contains("<strong>agreed</strong>", html);
        Assert.Contains("<blockquote>", html);
        Assert.Contains("Press Secretary Test", html);
        Assert.Contains("+7 495 000-00-01", html);
        Assert.Contains("Back to the section", html);
        Assert.Contains("href=\"/sections/news\"", html);
        Assert.Contains("All news", html);
    }

    [Fact]
    public async Task ShowsTheSpeechDetailsWithThePostHeldAtTheTime()
    {
        var zas = portal.Catalog.Person("stanislav-zas");
        Publication speech = new PublicationBuilder(portal.Catalog.Section("secretary-general"), "Speech at the ninth meeting")
            .OfKind(PublicationKind.Speech)
            .With(p => p.Speech = new SpeechDetails { Speaker = zas, SpeakerPost = "Secretary General", Occasion = "Ninth meeting of secretaries", Place = "Moscow", DeliveredOn = new DateOnly(2021, 11, 17) });
        await portal.AddAsync(speech);

        var html = await _client.GetStringAsync($"/news/{speech.Slug}");

        Assert.Contains("speech-details", html);
        Assert.Contains("href=\"/people/stanislav-zas\"", html);
        Assert.Contains("Stanislav Zas</a>, Secretary General", html);
        Assert.Contains("Ninth meeting of secretaries", html);
        Assert.Contains("Moscow, 17 November 2021", html);
    }

    [Fact]
    public async Task ShowsTheResolutionDetails()
    {
        Publication resolution = new PublicationBuilder(portal.Catalog.Section("documents"), "Resolution on cooperation")
            .OfKind(PublicationKind.Resolution)
            .With(p => p.Document = new DocumentDetails { AdoptingBody = "UN General Assembly", DocumentNumber = "A/RES/78/1", AdoptedOn = new DateOnly(2024, 7, 25) });
        await portal.AddAsync(resolution);

        var html = await _client.GetStringAsync($"/news/{resolution.Slug}");

        Assert.Contains("UN General Assembly", html);
        Assert.Contains("A/RES/78/1", html);
        Assert.Contains("25 July 2024", html);
    }

    [Fact]
    public async Task UnknownSlugIsARealNotFoundPage()
    {
        var response = await _client.GetAsync("/news/no-such-publication");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("review")]
    [InlineData("future")]
    [InlineData("scheduled")]
    public async Task UnpublishedItemsAreNotFound(string state)
    {
        var builder = new PublicationBuilder(portal.News, $"Hidden {state} item");
        builder = state switch
        {
            "draft" => builder.Draft(),
            "review" => builder.InReview(),
            "future" => builder.PublishedAt(PortalFactory.StartTime.AddMinutes(1)),
            _ => builder.ScheduledFor(PortalFactory.StartTime.AddHours(2)),
        };
        Publication item = builder;
        await portal.AddAsync(item);

        foreach (var url in new[] { $"/news/{item.Slug}", $"/ru/news/{item.Slug}", $"/news/{item.Slug}?preview=true", $"/news/{item.Id}" })
        {
            var response = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task WithdrawnItemKeepsItsPageWithTheNoticeInsteadOfTheText()
    {
        Publication item = new PublicationBuilder(portal.News, "Withdrawn release")
            .WithBody("The original secret text.")
            .Withdrawn("The date of the meeting was wrong.");
        await portal.AddAsync(item);

        var html = await _client.GetStringAsync($"/news/{item.Slug}");

        Assert.Contains("This publication was withdrawn", html);
        Assert.Contains("The date of the meeting was wrong.", html);
        Assert.DoesNotContain("The original secret text.", html);
        Assert.Contains("noindex", html);
    }

    [Fact]
    public async Task AnOldSlugRedirectsPermanentlyToTheCurrentAddress()
    {
        Publication item = new PublicationBuilder(portal.News, "Renamed release");
        await portal.AddAsync(item);
        await portal.WithDatabaseAsync(db =>
        {
            db.SlugRedirects.Add(new SlugRedirect { OldSlug = "old-address-of-release", PublicationId = item.Id });
            return Task.CompletedTask;
        });

        var response = await _client.GetAsync("/news/old-address-of-release");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/news/{item.Slug}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task LinksToTheOtherLanguageVersionAndBack()
    {
        Publication english = new PublicationBuilder(portal.News, "Meeting of the Council");
        await portal.AddAsync(english);
        Publication russian = new PublicationBuilder(portal.News, "Заседание Совета").InRussian().With(p => p.TranslationOfId = english.Id);
        await portal.AddAsync(russian);

        var englishHtml = await _client.GetStringAsync($"/news/{english.Slug}");
        var russianHtml = await _client.GetStringAsync($"/ru/news/{russian.Slug}");

        Assert.Contains($"hreflang=\"ru\" href=\"http://localhost/ru/news/{russian.Slug}\"", englishHtml);
        Assert.Contains($"href=\"/ru/news/{russian.Slug}\"", englishHtml);
        Assert.Contains($"href=\"/news/{english.Slug}\"", russianHtml);
        Assert.Contains("<html lang=\"ru\">", russianHtml);
        Assert.Contains("Заседание Совета", russianHtml);
        Assert.Contains("Перевод с английского", russianHtml);
    }

    [Fact]
    public async Task PreviousAndNextStayInTheSectionAndLanguage()
    {
        var at = PortalFactory.StartTime.AddDays(-40);
        Publication older = new PublicationBuilder(portal.Catalog.Section("statements"), "Statement one").PublishedAt(at);
        Publication middle = new PublicationBuilder(portal.Catalog.Section("statements"), "Statement two").PublishedAt(at.AddDays(1));
        Publication newer = new PublicationBuilder(portal.Catalog.Section("statements"), "Statement three").PublishedAt(at.AddDays(2));
        Publication otherSection = new PublicationBuilder(portal.News, "News in between").PublishedAt(at.AddHours(30));
        await portal.AddAsync(older, middle, newer, otherSection);

        var html = await _client.GetStringAsync($"/news/{middle.Slug}");

        Assert.Contains($"rel=\"prev\" href=\"/news/{older.Slug}\"", html);
        Assert.Contains($"rel=\"next\" href=\"/news/{newer.Slug}\"", html);
        Assert.DoesNotContain("News in between", html);
    }
}
