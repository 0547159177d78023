using System.Text.Json;
using Microsoft.Playwright;

namespace CstoPress.Web.Tests.Browser;

/// <summary>A feed and a publication page opened in the real Chromium the test machine provides.</summary>
public class FeedsInBrowserTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AFeedOpensAsXmlAndAPublicationPageCarriesItsDataWithoutRunningIt()
    {
        Publication item = new PublicationBuilder(portal.News, "Browser check </script><script>alert(1)</script>")
            .WithSlug("browser-check")
            .WithLead("A lead for the browser.")
            .WithBody("A body with ]]> in it.");
        await portal.AddAsync(item);

        var page = await portal.NewPageAsync();
        var dialogs = new List<string>();
        var problems = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            // A feed shown as text has no icon link, so the browser asks for /favicon.ico, which the site does not have.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add(error);

        var feedResponse = await page.GotoAsync(portal.Address + "/feeds/all.atom");
        Assert.Equal(200, feedResponse!.Status);
        Assert.StartsWith("application/atom+xml", feedResponse.Headers["content-type"], StringComparison.Ordinal);
        // Chromium shows a feed as its source text: the markup in the title arrives escaped, as text.
        var feedText = await page.EvaluateAsync<string>("() => document.body.innerText");
        Assert.StartsWith("<?xml", feedText, StringComparison.Ordinal);
        Assert.Contains("Browser check &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;", feedText, StringComparison.Ordinal);
        using (var reader = System.Xml.XmlReader.Create(new StringReader(await feedResponse.TextAsync())))
        {
            var feed = System.ServiceModel.Syndication.SyndicationFeed.Load(reader);
            Assert.Contains(feed.Items, i => i.Title.Text == "Browser check </script><script>alert(1)</script>");
        }

        var pageResponse = await page.GotoAsync(portal.Address + "/news/browser-check");
        Assert.Equal(200, pageResponse!.Status);
        Assert.Equal("Browser check </script><script>alert(1)</script>", await page.TextContentAsync("h1"));
        var jsonLd = await page.EvaluateAsync<string>("() => document.querySelector('script[type=\"application/ld+json\"]').textContent");
        using var article = JsonDocument.Parse(jsonLd);
        Assert.Equal("Browser check </script><script>alert(1)</script>", article.RootElement.GetProperty("headline").GetString());
        Assert.Equal(1, await page.EvaluateAsync<int>("() => document.scripts.length"));
        Assert.Equal("Browser check </script><script>alert(1)</script>", await page.GetAttributeAsync("meta[property='og:title']", "content"));

        await page.GotoAsync(portal.Address + "/sections/news");
        Assert.Equal("/feeds/sections/news.atom", await page.GetAttributeAsync("link[rel=alternate][type='application/atom+xml']", "href"));
        Assert.True(await page.IsVisibleAsync(".feed-links a[href='/feeds/sections/news.rss']"));

        Assert.Empty(dialogs);
        Assert.Empty(problems);
    }
}
