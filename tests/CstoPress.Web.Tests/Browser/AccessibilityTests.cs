using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CstoPress.Web.Tests.Browser;

/// <summary>
/// axe-core checks every page a reader or the press office opens, in a real Chromium, in light and
/// dark mode. A serious or critical violation (contrast, a missing name, a broken landmark) fails.
/// </summary>
public class AccessibilityTests(ReaderPortal portal) : IClassFixture<ReaderPortal>
{
    public static TheoryData<string> PublicPages => new()
    {
        "/",
        "/ru",
        "/sections/news",
        "/ru/sections/secretary-general",
        "/news/" + ReaderPortal.PhotoStory,
        "/ru/news/" + ReaderPortal.PhotoStoryRu,
        "/news/" + ReaderPortal.Speech,
        "/ru/news/" + ReaderPortal.SpeechRu,
        "/news/" + ReaderPortal.Resolution,
        "/search?q=peacekeeping",
        "/ru/search?q=безопасность",
        "/search?q=" + ReaderPortal.UnknownWord,
        "/ru/search?q=" + ReaderPortal.UnknownWord,
        "/people/" + ReaderPortal.Speaker,
        "/ru/people/" + ReaderPortal.Speaker,
        "/tags/" + ReaderPortal.Topic,
        "/ru/tags/" + ReaderPortal.Topic,
        "/news",
        "/news/2024",
        "/ru/news/2024/7",
        "/no-such-page",
        "/ru/news/no-such-publication",
        "/account/login",
        "/journalists/register",
        "/ru/journalists/register",
    };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task PublicPagesHaveNoSeriousViolationsInLightMode(string path) =>
        await AssertAccessibleAsync(await portal.NewPageAsync(ColorScheme.Light), path);

    /// <summary>One page of each kind, in both languages where the text differs: dark mode changes colours, not markup.</summary>
    public static TheoryData<string> PagesOfEachKind => new()
    {
        "/",
        "/ru",
        "/sections/news",
        "/news/" + ReaderPortal.PhotoStory,
        "/ru/news/" + ReaderPortal.PhotoStoryRu,
        "/news/" + ReaderPortal.Speech,
        "/news/" + ReaderPortal.Resolution,
        "/search?q=peacekeeping",
        "/search?q=" + ReaderPortal.UnknownWord,
        "/people/" + ReaderPortal.Speaker,
        "/tags/" + ReaderPortal.Topic,
        "/news/2024",
        "/no-such-page",
        "/account/login",
        "/journalists/register",
    };

    [Theory]
    [MemberData(nameof(PagesOfEachKind))]
    public async Task PublicPagesHaveNoSeriousViolationsInDarkMode(string path) =>
        await AssertAccessibleAsync(await portal.NewPageAsync(ColorScheme.Dark), path);

    [Theory]
    [InlineData(360)]
    [InlineData(1440)]
    public async Task APublicationHasNoSeriousViolationsAtEveryWidth(int width) =>
        await AssertAccessibleAsync(await portal.NewPageAsync(ColorScheme.Light, width), "/news/" + ReaderPortal.PhotoStory);

    [Fact]
    public async Task EveryAdminFormHasNoSeriousViolations()
    {
        var page = await SignedInAdminAsync();
        var id = await IdOfAsync(ReaderPortal.Speech);
        string[] forms =
        [
            "/admin",
            "/admin/publications/edit",
            $"/admin/publications/edit/{id}",
            $"/admin/publications/history/{id}",
            "/admin/publications/trash",
            "/admin/publications/untranslated",
            "/admin/catalog/sections",
            "/admin/catalog/people",
            "/admin/catalog/contacts",
            $"/admin/catalog/contacts/{portal.Catalog.PressSecretary.Id}",
            "/admin/catalog/tags",
            "/admin/users",
            "/admin/audit",
            "/admin/journalists",
        ];

        var failures = new List<string>();
        foreach (var form in forms)
        {
            failures.AddRange(await SeriousViolationsAsync(page, form));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task<IPage> SignedInAdminAsync()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Admin);
        var page = await portal.NewPageAsync(ColorScheme.Light);
        await page.GotoAsync("/account/login?returnUrl=%2Fadmin");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(SignedInClients.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        return page;
    }

    private async Task<int> IdOfAsync(string slug)
    {
        var id = 0;
        await portal.WithDatabaseAsync(async db => id = await db.Publications.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());
        return id;
    }

    private static async Task AssertAccessibleAsync(IPage page, string path)
    {
        var failures = await SeriousViolationsAsync(page, path);
        await page.Context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>One line per serious or critical violation: the page, the rule, its impact and the elements.</summary>
    internal static async Task<List<string>> SeriousViolationsAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("main").WaitForAsync();
        AxeResult result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{path}: {v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}: {v.Help}")
            .ToList();
    }
}
