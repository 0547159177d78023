using System.Text.Json;

namespace CstoPress.Web.Tests.Feeds;

/// <summary>Pasted text may hold characters XML cannot carry, or markup: feeds and JSON must stay well-formed.</summary>
public class FeedControlCharacterTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private const string Title = "Control\u0001 characters\uFFFE and ]]> <b>markup</b> & \"quotes\"";
    private readonly HttpClient _client = portal.CreateClient();

    [Theory]
    [InlineData("/feeds/all.atom")]
    [InlineData("/feeds/all.rss")]
    [InlineData("/feeds/tags/odd-text.atom")]
    [InlineData("/feeds/changes.atom")]
    [InlineData("/feeds/changes.rss")]
    public async Task FeedsStayWellFormedAndKeepTheReadableText(string url)
    {
        await EnsureItemAsync();

        var feed = await FetchedFeed.LoadAsync(_client, url);

        Assert.DoesNotContain('\u0001', feed.Xml);
        Assert.DoesNotContain('\uFFFE', feed.Xml);
        Assert.DoesNotContain("<![CDATA[", feed.Xml, StringComparison.Ordinal);
        Assert.Contains(feed.Feed.Items, i => i.Title.Text.Contains("Control characters and ]]> <b>markup</b> & \"quotes\"", StringComparison.Ordinal));
        if (!url.Contains("changes", StringComparison.Ordinal))
        {
            var item = feed.Feed.Items.Single(i => i.Title.Text.StartsWith("Control", StringComparison.Ordinal));
            Assert.Equal("Lead with ]]> and \u2028 a line separator and <script>alert(1)</script>", item.Summary.Text);
        }
    }

    [Fact]
    public async Task TheApiJsonStaysWellFormedAndKeepsTheText()
    {
        var slug = await EnsureItemAsync();

        var json = await _client.GetStringAsync($"/api/v1/publications/{slug}");
        using var document = JsonDocument.Parse(json);

        Assert.Equal(Title, document.RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", document.RootElement.GetProperty("bodyHtml").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    private static readonly SemaphoreSlim Once = new(1, 1);

    private async Task<string> EnsureItemAsync()
    {
        await Once.WaitAsync();
        try
        {
            string? slug = null;
            await portal.WithDatabaseAsync(db =>
            {
                slug = db.Publications.Where(p => p.Title == Title).Select(p => p.Slug).FirstOrDefault();
                return Task.CompletedTask;
            });
            if (slug is not null)
            {
                return slug;
            }

            Publication item = new PublicationBuilder(portal.News, Title)
                .WithSlug("control-characters")
                .WithLead("Lead with ]]> and \u2028 a line separator and <script>alert(1)</script>")
                .WithBody("Body\u0001 with ]]> and <script>alert(1)</script> and \uFFFF.")
                .With(p =>
                {
                    p.Tags.Add(new Tag { Slug = "odd-text", Name = "Odd\u0002 text ]]>" });
                    p.ChangeNotes.Add(new ChangeNote { ChangedAt = PortalFactory.StartTime.AddMinutes(-5), Note = "Fixed\u0001 a ]]> typo" });
                });
            await portal.AddAsync(item);
            return item.Slug;
        }
        finally
        {
            Once.Release();
        }
    }
}
