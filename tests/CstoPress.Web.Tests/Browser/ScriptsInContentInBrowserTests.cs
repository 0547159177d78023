using CstoPress.Web.Tests.Security;
using Microsoft.Playwright;

namespace CstoPress.Web.Tests.Browser;

/// <summary>
/// The XSS corpus opened in a real browser: no page may raise a dialog, throw a script error, or
/// even try to run a script (which the Content-Security-Policy would then refuse and report).
/// </summary>
public class ScriptsInContentInBrowserTests(ScriptsInContentInBrowserTests.Portal portal) : IClassFixture<ScriptsInContentInBrowserTests.Portal>
{
    public class Portal : BrowserPortal
    {
        public IReadOnlyList<CorpusItem> Items { get; private set; } = [];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Items = await XssCorpus.SeedAsync(this);
        }
    }

    [Fact]
    public async Task NoPageBuiltFromTheCorpusRunsAScript()
    {
        var page = await portal.NewPageAsync();
        var incidents = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            incidents.Add($"dialog '{dialog.Message}' on {page.Url}");
            await dialog.DismissAsync();
        };
        page.PageError += (_, error) => incidents.Add($"script error '{error}' on {page.Url}");
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                incidents.Add($"refused by the CSP: '{message.Text}' on {page.Url}");
            }
        };

        var urls = new List<string> { "/", "/news", "/sections/news", "/ru" };
        // A publication's page shows every field of the corpus, its topics and its speaker included.
        urls.AddRange(portal.Items.Select(i => $"/news/{i.Publication.Slug}"));
        foreach (var url in urls)
        {
            var response = await page.GotoAsync(portal.Address + url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.True(response?.Ok, $"{url} answered {response?.Status}");
            // Anything scheduled by an injected handler (autofocus, onload, a timer) gets its chance to run.
            await page.FocusAsync("body");
        }

        Assert.Empty(incidents);
    }
}
