using Microsoft.AspNetCore.Mvc.Testing;

namespace CstoPress.Web.Tests.Seo;

public class ArchiveTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task AYearShowsItsMonthsWithCountsInThePressOfficesCalendar()
    {
        await EnsureArchiveAsync();

        var html = await _client.GetTextAsync("/news/2019");

        Assert.Contains("Archive: 2019", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/news/2019/09\">September</a> <span class=\"count\">(3)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/news/2019/03\">March</a> <span class=\"count\">(1)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"empty\">August</span> <span class=\"count\">(0)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/news/2020\">2020 →</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/news/2018\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMonthListsItsPublicationsNewestFirst()
    {
        await EnsureArchiveAsync();

        var html = await _client.GetTextAsync("/news/2019/09");

        Assert.Contains("Archive: September 2019", html, StringComparison.Ordinal);
        var late = html.IndexOf("Late September meeting", StringComparison.Ordinal);
        var early = html.IndexOf("Early September meeting", StringComparison.Ordinal);
        var midnight = html.IndexOf("Just after midnight in Moscow", StringComparison.Ordinal);
        Assert.True(late >= 0 && early > late && midnight > early, "newest first, and 31 August 22:30 UTC is 1 September in Moscow");
        Assert.DoesNotContain("March meeting", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden: draft of 2019", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRussianArchiveCountsRussianPublications()
    {
        await EnsureArchiveAsync();

        var html = await _client.GetTextAsync("/ru/news/2019");

        Assert.Contains("Архив: 2019", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/ru/news/2019/09\">Сентябрь</a> <span class=\"count\">(1)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"empty\">Март</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheYearRouteWinsOverADigitsOnlySlug()
    {
        await EnsureArchiveAsync();

        var html = await _client.GetTextAsync("/news/2019");

        Assert.Contains("Archive: 2019", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1>A publication whose slug is a year</h1>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/news/2019/08")]
    [InlineData("/news/1999")]
    [InlineData("/news/2019/13")]
    [InlineData("/news/2019/00")]
    [InlineData("/news/123456")]
    [InlineData("/news/2019/09?before=garbage")]
    public async Task EmptyOrImpossiblePeriodsAreNotFound(string url)
    {
        await EnsureArchiveAsync();

        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static readonly SemaphoreSlim Once = new(1, 1);

    private async Task EnsureArchiveAsync()
    {
        await Once.WaitAsync();
        try
        {
            var exists = false;
            await portal.WithDatabaseAsync(db =>
            {
                exists = db.Publications.Any(p => p.Title == "March meeting");
                return Task.CompletedTask;
            });
            if (exists)
            {
                return;
            }

            static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
            await portal.AddAsync(
                new PublicationBuilder(portal.News, "March meeting").PublishedAt(Utc(2019, 3, 1, 9)),
                new PublicationBuilder(portal.News, "Just after midnight in Moscow").PublishedAt(Utc(2019, 8, 31, 22, 30)),
                new PublicationBuilder(portal.News, "Early September meeting").PublishedAt(Utc(2019, 9, 10, 9)),
                new PublicationBuilder(portal.News, "Late September meeting").PublishedAt(Utc(2019, 9, 20, 9)),
                new PublicationBuilder(portal.News, "Hidden: draft of 2019").Draft().PublishedAt(Utc(2019, 9, 21, 9)),
                new PublicationBuilder(portal.News, "Сентябрьская встреча").InRussian().PublishedAt(Utc(2019, 9, 15, 9)),
                new PublicationBuilder(portal.News, "A 2020 item").PublishedAt(Utc(2020, 5, 5, 9)),
                new PublicationBuilder(portal.News, "A publication whose slug is a year").WithSlug("2019").PublishedAt(Utc(2020, 6, 1, 9)));
        }
        finally
        {
            Once.Release();
        }
    }
}
