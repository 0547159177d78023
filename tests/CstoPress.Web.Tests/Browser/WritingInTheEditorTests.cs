using Microsoft.Playwright;

namespace CstoPress.Web.Tests.Browser;

/// <summary>The publication form's editor in Chromium: formatting, the live preview, counts, and text that survives everything.</summary>
public class WritingInTheEditorTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string NewForm = "/admin/publications/edit";

    [Fact]
    public async Task TheToolbarAndShortcutsFormatTheSelectionThePreviewShowsItAndTheWordsAreCounted()
    {
        var page = await portal.SignedInPageAsync(await portal.CreateUserAsync(PortalRoles.Editor), NewForm);
        var body = page.GetByLabel("Body", new() { Exact = true });

        await body.FillAsync("We meet at a decisive moment.");
        await Assertions.Expect(page.Locator("#body-counts")).ToContainTextAsync("6 words · 29 of 100,000 characters");

        await SelectAsync(body, "decisive");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bold" }).ClickAsync();
        await Assertions.Expect(body).ToHaveValueAsync("We meet at a **decisive** moment.");
        var preview = page.Locator("#live-preview-body");
        await Assertions.Expect(preview.Locator("strong", new() { HasText = "decisive" })).ToBeVisibleAsync();

        // The same shortcut takes the format away again, and the browser's undo brings it back.
        await page.Keyboard.PressAsync("Control+b");
        await Assertions.Expect(body).ToHaveValueAsync("We meet at a decisive moment.");
        await page.Keyboard.PressAsync("Control+z");
        await Assertions.Expect(body).ToHaveValueAsync("We meet at a **decisive** moment.");

        await SelectAsync(body, "moment");
        await page.Keyboard.PressAsync("Control+i");
        await Assertions.Expect(body).ToHaveValueAsync("We meet at a **decisive** _moment_.");
        await Assertions.Expect(preview.Locator("em", new() { HasText = "moment" })).ToBeVisibleAsync();

        await body.PressAsync("End");
        await body.PressSequentiallyAsync("\nfirst point\nsecond point");
        await Assertions.Expect(page.Locator("#body-counts")).ToContainTextAsync("10 words");
        await SelectAsync(body, "first point\nsecond point");
        await page.Keyboard.PressAsync("Control+Shift+Digit8");
        await Assertions.Expect(body).ToHaveValueAsync("We meet at a **decisive** _moment_.\n- first point\n- second point");
        await Assertions.Expect(preview.Locator("li")).ToHaveCountAsync(2);

        await page.GetByLabel("Lead", new() { Exact = true }).FillAsync("Two words");
        await Assertions.Expect(page.Locator("#lead-counts")).ToContainTextAsync("2 words · 9 of 4,000 characters");

        foreach (var width in new[] { 1440, 360 })
        {
            await page.SetViewportSizeAsync(width, width == 360 ? 780 : 1000);
            await page.ScreenshotAsync(new() { Path = Screenshot($"editor-{width}.png"), FullPage = true });
            await page.ScreenshotAsync(new() { Path = Screenshot($"editor-{width}-top.png") });
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"The page scrolls sideways at {width} px");
        }
    }

    [Fact]
    public async Task TextKeptByAutosaveSurvivesAReloadAndIsOfferedBack()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var page = await portal.NewPageAsync();
        // Playwright's clock runs the 30-second autosave timer at once, without waiting for it.
        await page.Clock.InstallAsync();
        await page.GotoAsync(NewForm);
        await page.SignInAsync(email);
        await page.WaitForURLAsync("**" + NewForm);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Kept by the autosave");
        await page.GetByLabel("Body", new() { Exact = true }).FillAsync("A text that must survive a reload.");
        await page.GetByLabel("Occasion", new() { Exact = true }).FillAsync("a press conference");
        await page.Clock.RunForAsync(31_000);
        var kept = await page.EvaluateAsync<string?>("() => localStorage.getItem('cstopress.draft.new')");
        Assert.NotNull(kept);
        Assert.Contains("A text that must survive a reload.", kept);

        await page.ReloadAsync();
        var offer = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(offer).ToContainTextAsync("You have unsaved text from");
        await Assertions.Expect(offer).ToBeInViewportAsync();
        await Assertions.Expect(page.GetByLabel("Body", new() { Exact = true })).ToHaveValueAsync("");
        await page.ScreenshotAsync(new() { Path = Screenshot("editor-draft-offer.png") });
        await offer.GetByRole(AriaRole.Button, new() { Name = "Restore it" }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("Body", new() { Exact = true })).ToHaveValueAsync("A text that must survive a reload.");
        await Assertions.Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Kept by the autosave");
        await Assertions.Expect(page.GetByLabel("Occasion", new() { Exact = true })).ToHaveValueAsync("a press conference");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your unsaved text is back in the form");
    }

    [Fact]
    public async Task AfterTheSessionEndsWhileTypingTheEditorSignsInAgainAndSavesTheSameText()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var page = await portal.SignedInPageAsync(email, NewForm);
        const string title = "Written while the session ran out";
        const string text = "Every word of this statement was typed before the session ended.";
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Body", new() { Exact = true }).FillAsync(text);
        await page.GetByLabel("Section", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "News" });
        await Assertions.Expect(page.Locator("#live-preview-body")).ToContainTextAsync("Every word");

        portal.Clock.Advance(TimeSpan.FromMinutes(31));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/account/login**");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(SessionEnded.Message);
        await page.ScreenshotAsync(new() { Path = Screenshot("editor-session-ended.png") });
        await page.SignInAsync(email);
        await page.WaitForURLAsync("**" + NewForm);

        await page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Button, new() { Name = "Restore it" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Body", new() { Exact = true })).ToHaveValueAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved");

        string? stored = null;
        await portal.WithDatabaseAsync(async db => stored = await db.Publications.Where(p => p.Title == title).Select(p => p.Body).SingleAsync());
        Assert.Equal(text, stored);
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('cstopress.draft.new')"));
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".state-line")).ToContainTextAsync("State: Draft");

        await page.GotoAsync("/admin");
        var listed = page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = title });
        await Assertions.Expect(listed.Locator(".badge")).ToHaveTextAsync("Draft");
        await page.ScreenshotAsync(new() { Path = Screenshot("admin-dashboard-states.png"), FullPage = true });
    }

    [Fact]
    public async Task LeavingWithUnsavedChangesAsksFirstButSavingDoesNot()
    {
        var page = await portal.SignedInPageAsync(await portal.CreateUserAsync(PortalRoles.Editor), NewForm);
        var dialogs = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Type); dialog.AcceptAsync(); };

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Saved, so nothing to ask");
        await page.GetByLabel("Section", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "News" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved");
        Assert.Empty(dialogs);

        await page.GetByLabel("Body", new() { Exact = true }).FillAsync("Typed and not saved.");
        var asked = new TaskCompletionSource<string>();
        page.Dialog += (_, dialog) => asked.TrySetResult(dialog.Type);
        await page.CloseAsync(new() { RunBeforeUnload = true });

        Assert.Equal(DialogType.BeforeUnload, await asked.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private static async Task SelectAsync(ILocator textarea, string text) =>
        await textarea.EvaluateAsync("(field, text) => { const at = field.value.indexOf(text); field.focus(); field.setSelectionRange(at, at + text.length); }", text);

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
