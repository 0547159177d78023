namespace CstoPress.Web.Tests.Search;

/// <summary>Each result shows the passage that matched, the matching words marked and the text itself never taken as markup.</summary>
public class HighlightingMatches(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task MatchingWordsAreMarkedInThePassage()
    {
        Publication item = new PublicationBuilder(portal.News, "Exercise report")
            .WithBody("Units from five member states took part in the Rubezh exercise near Osh, practising joint command.");
        await portal.AddAsync(item);

        var html = await _client.GetStringAsync("/search?q=Rubezh");

        Assert.Contains("<mark>Rubezh</mark> exercise near Osh", html);
    }

    [Fact]
    public async Task MarkupInTheTextIsShownAsTextNotObeyed()
    {
        Publication item = new PublicationBuilder(portal.News, "Note on the Kolibri <b>bulletin</b>")
            .WithLead("The Kolibri <script>alert(1)</script> bulletin & <i>italic</i> tags.");
        await portal.AddAsync(item);

        var html = await _client.GetStringAsync("/search?q=Kolibri");

        Assert.Contains("<mark>Kolibri</mark>", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.DoesNotContain("<i>italic</i>", html);
        Assert.DoesNotContain("<b>bulletin</b>", html);
        Assert.Contains("Note on the Kolibri &lt;b&gt;bulletin&lt;/b&gt;", html);
    }

    [Fact]
    public async Task PrivateMarksTypedIntoTheTextCannotOpenAHighlight()
    {
        Publication item = new PublicationBuilder(portal.News, "Samarkand meeting")
            .WithBody("Samarkand hosted the meeting \uE000unbalanced and \uE001 closing marks.");
        await portal.AddAsync(item);

        var html = await _client.GetStringAsync("/search?q=Samarkand");

        Assert.Equal(CountOf(html, "<mark>"), CountOf(html, "</mark>"));
        Assert.DoesNotContain("<mark>unbalanced", html);
    }

    private static int CountOf(string text, string what) =>
        (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
