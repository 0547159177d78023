namespace CstoPress.Web.Tests.Search;

/// <summary>A word in the title weighs more than the same word in the lead, and the lead more than the body.</summary>
public class RankingTitleHitsFirst(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task TitleHitComesBeforeLeadHitBeforeBodyHit()
    {
        // The newest item mentions the word only in its body, so date order alone would put it first.
        Publication inBody = new PublicationBuilder(portal.News, "Council session closes")
            .WithBody("The ministers also spoke about cybersecurity cooperation.")
            .PublishedAt(PortalFactory.StartTime.AddHours(-1));
        Publication inLead = new PublicationBuilder(portal.News, "Ministers meet in Yerevan")
            .WithLead("Talks on cybersecurity cooperation.")
            .PublishedAt(PortalFactory.StartTime.AddDays(-2));
        Publication inTitle = new PublicationBuilder(portal.News, "Cybersecurity cooperation agreed")
            .PublishedAt(PortalFactory.StartTime.AddDays(-30));
        await portal.AddAsync(inBody, inLead, inTitle);

        var html = await _client.GetTextAsync("/search?q=cybersecurity");

        var title = html.IndexOf("Cybersecurity cooperation agreed", StringComparison.Ordinal);
        var lead = html.IndexOf("Ministers meet in Yerevan", StringComparison.Ordinal);
        var body = html.IndexOf("Council session closes", StringComparison.Ordinal);
        Assert.True(title >= 0 && lead >= 0 && body >= 0, "all three are found");
        Assert.True(title < lead, "the title hit comes before the lead hit");
        Assert.True(lead < body, "the lead hit comes before the body hit");
    }
}
