using CstoPress.Web.Tests.Security;
using Microsoft.Playwright;

namespace CstoPress.Web.Tests.Browser;

/// <summary>
/// An admin walks the admin pages built from the XSS corpus in a real browser, the editor's live
/// preview running: no page may raise a dialog, log an error, throw a script error, or even try to
/// run a script (which the Content-Security-Policy would then refuse and report).
/// </summary>
public class ScriptsInAdminPagesInBrowserTests(ScriptsInAdminPagesInBrowserTests.Portal portal) : IClassFixture<ScriptsInAdminPagesInBrowserTests.Portal>
{
    /// <summary>
    /// One payload of each kind (a script tag, a textarea break-out, an error handler, SVG, a frame,
    /// autofocus, an attribute break-out, a Markdown link and image): the walk stays short, and the
    /// HTTP-level tests take every payload.
    /// </summary>
    private static readonly int[] Sample = [0, 8, 12, 24, 31, 51, 74, 83, 98];

    public class Portal : BrowserPortal
    {
        public IReadOnlyList<CorpusItem> Items { get; private set; } = [];

        public int TrashedDraftId { get; private set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Items = await XssCorpus.SeedAsync(this);
            var payload = XssPayloads.All[0];
            Publication draft = new PublicationBuilder(News, $"{payload} deleted draft")
                .WithSlug("probe-deleted-draft")
                .WithLead(payload)
                .WithBody(payload)
                .Draft()
                .With(p => p.DeletedAt = PortalFactory.StartTime.AddMinutes(-1));
            await AddAsync(draft);
            TrashedDraftId = draft.Id;
        }
    }

    [Fact]
    public async Task NoAdminPageBuiltFromTheCorpusRunsAScript()
    {
        var page = await portal.SignedInPageAsync(await portal.CreateUserAsync(PortalRoles.Admin), "/admin");
        var incidents = await WatchAsync(page);

        var sample = Sample.Select(i => portal.Items[i]).ToList();
        var urls = new List<string>
        {
            "/admin", "/admin?status=Published", $"/admin?section={portal.News.Id}&kind=Speech&language=en",
            "/admin/publications/trash", $"/admin/publications/edit/{portal.TrashedDraftId}", "/admin/publications/untranslated",
            "/admin/catalog/people", "/admin/catalog/contacts", "/admin/catalog/tags", "/admin/catalog/sections",
            "/admin/users", "/admin/audit", "/admin/publications/edit",
        };
        urls.AddRange(sample.Select(i => "/admin?q=" + Uri.EscapeDataString(i.Publication.Lead)));
        urls.AddRange(sample.Select(i => $"/admin/publications/history/{i.Publication.Id}"));
        foreach (var url in urls)
        {
            await VisitAsync(page, url);
        }

        var preview = page.Locator("#live-preview-body");
        foreach (var (publication, _, _) in sample)
        {
            await VisitAsync(page, $"/admin/publications/edit/{publication.Id}");
            // The editor renders the stored body as soon as the page is up...
            await Assertions.Expect(preview).ToContainTextAsync("After.");
            InertHtml.AssertInert(await preview.InnerHTMLAsync(), $"live preview of {publication.Id} as loaded");

            // ...and again, from the server's sanitized rendering, as the editor types a payload in.
            await page.GetByLabel("Body", new() { Exact = true }).FillAsync($"Typed.\n\n{publication.Lead}\n\nTyped after.");
            await Assertions.Expect(preview).ToContainTextAsync("Typed after.");
            InertHtml.AssertInert(await preview.InnerHTMLAsync(), $"live preview of {publication.Id} as typed");
            await page.FocusAsync("body");
        }

        Assert.True(incidents.Count == 0, string.Join("\n", incidents));
    }

    private static async Task VisitAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response?.Ok, $"{url} answered {response?.Status}");
        // Anything scheduled by an injected handler (autofocus, onload, a timer) gets its chance to run.
        await page.FocusAsync("body");
    }

    /// <summary>Collects everything that would show a script ran or was about to.</summary>
    private static async Task<List<string>> WatchAsync(IPage page)
    {
        var incidents = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            // Leaving the editor with typed text asks first (drafts.js): that one is ours.
            if (dialog.Type == "beforeunload")
            {
                await dialog.AcceptAsync();
                return;
            }

            incidents.Add($"dialog '{dialog.Message}' on {page.Url}");
            await dialog.DismissAsync();
        };
        page.PageError += (_, error) => incidents.Add($"script error '{error}' on {page.Url}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                incidents.Add($"console {message.Type}: '{message.Text}' on {page.Url}");
            }
        };

        // The browser's own report of a refused script, style or frame, whether or not it also logs it.
        await page.ExposeFunctionAsync("reportRefusedByPolicy", (string what) => incidents.Add($"refused by the CSP: {what}"));
        await page.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.reportRefusedByPolicy(" +
            "`${e.violatedDirective} ${e.blockedURI} on ${document.location.pathname}`));");
        return incidents;
    }
}
