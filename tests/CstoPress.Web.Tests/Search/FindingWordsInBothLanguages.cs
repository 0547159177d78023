namespace CstoPress.Web.Tests.Search;

/// <summary>Each publication is stemmed with its own language's dictionary, so a word finds its other forms.</summary>
public class FindingWordsInBothLanguages(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task AnEnglishWordFindsItsOtherForms()
    {
        Publication item = new PublicationBuilder(portal.News, "Collective Security in the Caspian region")
            .WithBody("Delegations discussed the securing of borders.");
        Publication unrelated = new PublicationBuilder(portal.News, "Cultural exchange week opens");
        await portal.AddAsync(item, unrelated);

        var html = await _client.GetTextAsync("/search?q=security");

        Assert.Contains("Collective Security in the Caspian region", html);
        Assert.DoesNotContain("Cultural exchange week opens", html);
    }

    [Fact]
    public async Task ARussianWordFindsItsOtherCases()
    {
        Publication item = new PublicationBuilder(portal.News, "Коллективная безопасность в Центральной Азии")
            .InRussian()
            .WithBody("Министры обсудили учения.");
        await portal.AddAsync(item);

        var html = await _client.GetTextAsync("/ru/search?q=безопасности");

        Assert.Contains("Коллективная безопасность в Центральной Азии", html);
        Assert.Contains("Найдено публикаций: 1", html);
    }

    [Fact]
    public async Task BothLanguagesAreSearchedUnlessOneIsChosen()
    {
        Publication english = new PublicationBuilder(portal.News, "Peacekeeping forces exercise in Tajikistan");
        Publication russian = new PublicationBuilder(portal.News, "Миротворческие силы провели учение в Таджикистане").InRussian();
        await portal.AddAsync(english, russian);

        var both = await _client.GetTextAsync("/search?q=Tajikistan OR Таджикистане");
        var onlyRussian = await _client.GetTextAsync("/search?q=Tajikistan OR Таджикистане&language=ru");

        Assert.Contains("Peacekeeping forces exercise in Tajikistan", both);
        Assert.Contains("Миротворческие силы провели учение в Таджикистане", both);
        Assert.Contains("lang=\"ru\"", both);
        Assert.DoesNotContain("Peacekeeping forces exercise in Tajikistan", onlyRussian);
        Assert.Contains("Миротворческие силы провели учение в Таджикистане", onlyRussian);
    }

    [Fact]
    public async Task OnlyWhatThePublicMaySeeIsFound()
    {
        Publication draft = new PublicationBuilder(portal.News, "Draft about the Zarafshan exercise").Draft();
        Publication scheduled = new PublicationBuilder(portal.News, "Embargoed Zarafshan statement")
            .ScheduledFor(PortalFactory.StartTime.AddDays(1));
        Publication withdrawn = new PublicationBuilder(portal.News, "Withdrawn Zarafshan note").Withdrawn("Published in error.");
        Publication published = new PublicationBuilder(portal.News, "Zarafshan exercise ends");
        await portal.AddAsync(draft, scheduled, withdrawn, published);

        var html = await _client.GetTextAsync("/search?q=Zarafshan");

        Assert.Contains("Zarafshan exercise ends", html);
        Assert.DoesNotContain("Draft about", html);
        Assert.DoesNotContain("Embargoed", html);
        Assert.DoesNotContain("Withdrawn Zarafshan", html);
    }
}
