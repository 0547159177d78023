using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CstoPress.Web.Tests.Browser;

/// <summary>What a reader does in a real browser: follows the menu, switches language, searches, uses only the keyboard, reads on a telephone.</summary>
public class ReadingThePortalTests(ReaderPortal portal) : IClassFixture<ReaderPortal>
{
    private const string PhotoStoryTitle = "Leaders meet at the demo summit in Astana";

    [Fact]
    public async Task AReaderGoesFromTheHomePageToAPublicationReadsItInRussianAndComesBack()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Sections" });
        await menu.GetByRole(AriaRole.Link, new() { Name = "News", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sections/news$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("News");
        await Expect(menu.Locator("[aria-current=page]")).ToHaveTextAsync(["News"]);

        await page.GetByRole(AriaRole.Link, new() { Name = PhotoStoryTitle }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(PhotoStoryTitle);
        await Expect(page.Locator(".body blockquote")).ToHaveAttributeAsync("lang", "ru");
        var englishUrl = page.Url;

        await page.Locator(".language-switch").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/ru/news/" + ReaderPortal.PhotoStoryRu + "$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Лидеры встретились на демонстрационном саммите в Астане");
        await Expect(page.Locator(".body blockquote")).ToHaveAttributeAsync("lang", "en");

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(englishUrl);
        await Expect(page.Locator("h1")).ToHaveTextAsync(PhotoStoryTitle);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task AReaderSearchesFromTheHeaderSeesHighlightedResultsAndNarrowsThem()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");

        var box = page.GetByRole(AriaRole.Search).First.GetByRole(AriaRole.Searchbox);
        await box.FillAsync("peacekeeping");
        await box.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/search\\?q=peacekeeping"));
        await Expect(page.Locator(".search-hits mark").First).ToBeVisibleAsync();
        await Expect(page.Locator(".search-hits mark").First).ToHaveTextAsync(new Regex("peacekeeping", RegexOptions.IgnoreCase));
        Assert.True(await page.Locator(".search-hits .item-title").CountAsync() > 1, "The search found one publication or none");

        await page.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Resolution" });
        await page.Locator("form.search-form").GetByRole(AriaRole.Button).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("kind=resolution"));
        await Expect(page.Locator(".search-hits .item-title")).ToHaveTextAsync(["Resolution on demo peacekeeping cooperation"]);
        await Expect(page.Locator("#search-q")).ToHaveValueAsync("peacekeeping");
        await Expect(page.Locator("#site-search-q")).ToHaveValueAsync("peacekeeping");
        await Expect(page.GetByLabel("Kind")).ToHaveValueAsync("resolution");
    }

    [Fact]
    public async Task ASearchThatFindsNothingSaysSo()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/ru");

        var box = page.GetByRole(AriaRole.Search).First.GetByRole(AriaRole.Searchbox);
        await box.FillAsync(ReaderPortal.UnknownWord);
        await box.PressAsync("Enter");

        await Expect(page.Locator(".nothing-found")).ToContainTextAsync(ReaderPortal.UnknownWord);
        await Expect(page.Locator(".search-hits")).ToHaveCountAsync(0);
        await Expect(page.Locator("#search-q")).ToHaveValueAsync(ReaderPortal.UnknownWord);
    }

    [Fact]
    public async Task AKeyboardUserSkipsToTheContentReachesEveryControlWithVisibleFocusAndOpensAPublication()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.Locator(".skip-link");
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeInViewportAsync();
        Assert.True(await HasVisibleFocusAsync(skipLink), "The skip link shows no focus indicator");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();

        // From the top again: everything a reader needs lies on the Tab path, each showing where focus is.
        await page.GotoAsync("/");
        var wanted = new Dictionary<string, ILocator>
        {
            ["the menu"] = page.Locator(".site-nav a").First,
            ["the language switch"] = page.Locator(".language-switch"),
            ["the search box"] = page.Locator("#site-search-q"),
            ["a publication link"] = page.Locator("main .item-title a").First,
        };
        var reached = new HashSet<string>();
        for (var presses = 0; presses < 40 && reached.Count < wanted.Count; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            foreach (var (name, element) in wanted)
            {
                if (!reached.Contains(name) && await element.EvaluateAsync<bool>("e => e === document.activeElement"))
                {
                    Assert.True(await HasVisibleFocusAsync(element), $"{name} shows no focus indicator");
                    reached.Add(name);
                }
            }
        }

        Assert.Equal(wanted.Keys.Order(), reached.Order());
        var title = await wanted["a publication link"].TextContentAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("h1")).ToHaveTextAsync(title!);
    }

    public static TheoryData<string> NarrowPages => new()
    {
        "/",
        "/sections/news",
        "/news/" + ReaderPortal.PhotoStory,
        "/ru/news/" + ReaderPortal.PhotoStoryRu,
        "/search?q=peacekeeping",
        "/people/" + ReaderPortal.Speaker,
        "/account/login",
    };

    [Theory]
    [MemberData(nameof(NarrowPages))]
    public async Task APageFitsATelephoneScreenWithoutScrollingSideways(string path)
    {
        var page = await portal.NewPageAsync(ColorScheme.Light, width: 360, height: 740);
        await page.GotoAsync(path);
        await page.Locator("main").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);

        var (scrollWidth, innerWidth) = await WidthsAsync(page);
        Assert.True(scrollWidth <= innerWidth, $"{path} is {scrollWidth} px wide on a {innerWidth} px screen: {await WidestElementAsync(page)}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task APhotoOpensLargerWithoutScripts()
    {
        var context = await portal.Browser.NewContextAsync(new() { BaseURL = portal.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/news/" + ReaderPortal.PhotoStory);

        var figure = page.Locator("figure.photo");
        await Expect(figure.Locator("figcaption")).ToContainTextAsync("Heads of delegation at the round table in Astana");
        await figure.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/media/[0-9a-f]{32}$"));
        await context.CloseAsync();
    }

    private static async Task<(int ScrollWidth, int InnerWidth)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }

    /// <summary>Names the element that sticks out furthest, so a failure says what to fix.</summary>
    private static Task<string> WidestElementAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
            let widest = null, right = 0;
            for (const e of document.body.querySelectorAll('*')) {
                const r = e.getBoundingClientRect().right;
                if (r > right) { right = r; widest = e; }
            }
            return widest ? `${widest.tagName.toLowerCase()}.${widest.className} reaches ${Math.round(right)} px` : 'nothing';
        }
        """);

    /// <summary>Focus shows as an outline or a box shadow; none of either is invisible focus.</summary>
    private static Task<bool> HasVisibleFocusAsync(ILocator element) => element.EvaluateAsync<bool>("""
        e => {
            const style = getComputedStyle(e);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            return outline || (style.boxShadow && style.boxShadow !== 'none');
        }
        """);
}
