using Microsoft.Playwright;

namespace CstoPress.Web.Tests.Browser;

public class WritingAndPublishingASpeechTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AnEditorSignsInWritesASpeechPreviewsItPublishesItAndReadersFindIt()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var page = await portal.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; dialog.DismissAsync(); };

        await page.GotoAsync("/admin");
        Assert.Contains("/account/login", page.Url);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(SignedInClients.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");

        await page.GetByRole(AriaRole.Link, new() { Name = "New publication" }).First.ClickAsync();
        const string title = "Address of the Secretary General to the browser-test session";
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Lead", new() { Exact = true }).FillAsync("The Secretary General spoke about cooperation.");
        await page.GetByLabel("Body", new() { Exact = true }).FillAsync("Dear colleagues,\n\nWe meet at a **decisive** moment.");
        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Speech" });
        await page.GetByLabel("Section", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Secretary General" });
        await page.GetByLabel("Speaker", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Imangali Tasmagambetov" });
        await page.GetByLabel("Delivered on", new() { Exact = true }).FillAsync("2024-07-25");
        await page.GetByLabel("Occasion", new() { Exact = true }).FillAsync("a session of the demo council");
        await page.GetByLabel("Place", new() { Exact = true }).FillAsync("Minsk");

        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        var preview = page.Locator("article.preview");
        await Assertions.Expect(preview.Locator("strong", new() { HasText = "decisive" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Occasion", new() { Exact = true })).ToHaveValueAsync("a session of the demo council");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved");

        await page.GetByLabel("Photo file").SetInputFilesAsync(new FilePayload
        {
            Name = "hall.png", MimeType = "image/png", Buffer = Admin.PhotoUploadTests.Png([]),
        });
        await page.GetByLabel("Caption").FillAsync("The Secretary General at the lectern");
        await page.GetByLabel("Alt text").FillAsync("A speaker at a lectern before flags");
        await page.GetByLabel("Credit").FillAsync("Demo Photo Agency");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the photo" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The photo was added");
        await Assertions.Expect(page.GetByAltText("A speaker at a lectern before flags")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("published at once");
        await Assertions.Expect(page.GetByLabel("Speaker's post on the day")).ToHaveValueAsync("Secretary General");
        await page.ScreenshotAsync(new() { Path = Screenshot("admin-speech-published.png"), FullPage = true });

        var reader = await portal.NewPageAsync();
        await reader.GotoAsync("/");
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = title }).First).ToBeVisibleAsync();
        await reader.GotoAsync("/sections/secretary-general");
        await reader.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        await Assertions.Expect(reader.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(reader.Locator("strong", new() { HasText = "decisive" })).ToBeVisibleAsync();
        var photo = reader.GetByAltText("A speaker at a lectern before flags");
        await Assertions.Expect(photo).ToBeVisibleAsync();
        Assert.True(await photo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The photo did not load on the public page");
        await Assertions.Expect(reader.GetByText("Demo Photo Agency")).ToBeVisibleAsync();
        await reader.ScreenshotAsync(new() { Path = Screenshot("public-speech.png"), FullPage = true });
        Assert.Equal(0, dialogs);
    }

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
