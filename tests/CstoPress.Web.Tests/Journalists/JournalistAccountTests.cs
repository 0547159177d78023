using System.Security.Cryptography;
using CstoPress.Web.Journalists;
using CstoPress.Web.Tests.Admin;

namespace CstoPress.Web.Tests.Journalists;

public class JournalistAccountTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task YourAccreditationShowsTheStatusTheTermsAcceptedAndOffersTheSecondFactor()
    {
        var journalist = (await portal.AccreditedJournalistAsync()).Client;

        var page = await journalist.GetTextAsync("/journalists/accreditation");
        var russian = await journalist.GetTextAsync("/ru/journalists/accreditation");

        string[] shown =
        [
            "You are accredited, without an end date.", "href=\"/journalists/embargoed\"", "version test, accepted on",
            "href=\"/account/manage/two-factor\"", "Set up an authenticator app",
        ];
        Assert.All(shown, text => Assert.Contains(text, page));
        Assert.All(new[] { "Вы аккредитованы бессрочно.", "action=\"?handler=TimeZone\"" }, text => Assert.Contains(text, russian));
    }

    [Fact]
    public async Task AJournalistNeverReachesTheAdminArea()
    {
        var journalist = (await portal.AccreditedJournalistAsync()).Client;
        var id = await portal.ConfirmedRequestAsync(Applicants.NewAddress());

        foreach (var address in new[] { "/admin", "/admin/journalists", $"/admin/journalists/request/{id}" })
        {
            var response = await journalist.GetAsync(address);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery(), StringComparison.OrdinalIgnoreCase);
        }

        var token = await journalist.AntiforgeryTokenAsync("/journalists/accreditation");
        var accredit = await journalist.PostAsync($"/admin/journalists/request/{id}?handler=Accredit",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.NotEqual(HttpStatusCode.OK, accredit.StatusCode);
        Assert.Equal(Core.Journalists.AccreditationStatus.Requested, (await portal.AccreditationAsync(id)).Status);
    }

    [Fact]
    public async Task OnlyJournalistsHaveTheAccreditationPage()
    {
        var anonymous = await portal.CookieClient().GetAsync("/journalists/accreditation");
        var editor = await (await portal.SignedInAsync(PortalRoles.Editor)).GetAsync("/journalists/accreditation");

        Assert.StartsWith("/account/login", anonymous.Headers.Location!.PathAndQuery(), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("/account/denied", editor.Headers.Location!.PathAndQuery(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheAccreditationEndsAfterItsLastDayAndTheFeedClosesWithIt()
    {
        var endsAt = portal.Clock.Now.AddDays(2);
        var (journalist, workEmail, _, _, feedPath) = await portal.AccreditedJournalistAsync(endsAt: endsAt);
        Assert.True((await portal.AccreditationOfAsync(workEmail)).IsActive(portal.Clock.Now));

        portal.Clock.Now = endsAt.AddMinutes(1);
        await journalist.SignInAsync(workEmail, SignedInClients.Password);
        var hashBefore = (await portal.AccreditationOfAsync(workEmail)).FeedTokenHash;
        var page = await journalist.GetTextAsync("/journalists/accreditation");
        var feed = await journalist.PostFormAsync("/journalists/accreditation?handler=NewFeedAddress", [], tokenFrom: "/journalists/accreditation");

        Assert.False((await portal.AccreditationOfAsync(workEmail)).IsActive(portal.Clock.Now));
        Assert.Contains("Your accreditation ended on", page);
        Assert.Contains("href=\"/journalists/register\"", page);
        Assert.Equal(HttpStatusCode.Redirect, feed.StatusCode);
        Assert.Equal(hashBefore, (await portal.AccreditationOfAsync(workEmail)).FeedTokenHash);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync(feedPath)).StatusCode);
    }

    [Fact]
    public async Task TheFeedAddressIsShownOnceAndOnlyItsHashIsKept()
    {
        var (journalist, workEmail, _, _, _) = await portal.AccreditedJournalistAsync();

        var first = await NewFeedAddressAsync(journalist);
        var firstHash = (await portal.AccreditationOfAsync(workEmail)).FeedTokenHash;
        var later = await journalist.GetTextAsync("/journalists/accreditation");
        var second = await NewFeedAddressAsync(journalist);
        var secondHash = (await portal.AccreditationOfAsync(workEmail)).FeedTokenHash;

        Assert.Matches("^[A-Za-z0-9_-]{43}$", first);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(first))), firstHash);
        Assert.DoesNotContain(first, later);
        Assert.Contains("You have a personal feed address.", later);
        Assert.NotEqual(first, second);
        Assert.Equal(EmbargoFeed.HashOf(second), secondHash);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync(EmbargoFeed.PathPrefix + first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync(EmbargoFeed.PathPrefix + second)).StatusCode);
        await portal.WithDatabaseAsync(async db => Assert.False(await db.Accreditations.AnyAsync(a => a.FeedTokenHash == first || a.FeedTokenHash == second)));

        var stopped = await journalist.PostFormAsync("/journalists/accreditation?handler=StopFeed", [], tokenFrom: "/journalists/accreditation");
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        Assert.Null((await portal.AccreditationOfAsync(workEmail)).FeedTokenHash);
        Assert.Contains("The feed address no longer works.", await journalist.GetTextAsync("/journalists/accreditation"));
    }

    [Fact]
    public async Task TheTimeZoneIsAnIanaNameOrNone()
    {
        var (journalist, workEmail, _, _, _) = await portal.AccreditedJournalistAsync();

        var unknown = await SetTimeZoneAsync(journalist, "Mars/Olympus_Mons");
        Assert.Contains("'Mars/Olympus_Mons' is not a time zone we know.", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()));
        Assert.Null((await portal.AccreditationOfAsync(workEmail)).TimeZone);

        Assert.Equal(HttpStatusCode.Redirect, (await SetTimeZoneAsync(journalist, "Europe/Berlin")).StatusCode);
        Assert.Equal("Europe/Berlin", (await portal.AccreditationOfAsync(workEmail)).TimeZone);
        Assert.Contains("<option selected=\"selected\">Europe/Berlin</option>", await journalist.GetStringAsync("/journalists/accreditation"));

        await SetTimeZoneAsync(journalist, "");
        Assert.Null((await portal.AccreditationOfAsync(workEmail)).TimeZone);
    }

    [Fact]
    public async Task TheFooterLeadsJournalistsToTheirPageAndEveryoneElseToTheForm()
    {
        var journalist = (await portal.AccreditedJournalistAsync()).Client;

        Assert.Contains("href=\"/journalists/register\"", await portal.CookieClient().GetStringAsync("/"));
        Assert.Contains("href=\"/ru/journalists/register\"", await portal.CookieClient().GetStringAsync("/ru"));
        Assert.Contains("href=\"/journalists/accreditation\"", await journalist.GetStringAsync("/"));
    }

    private static async Task<string> NewFeedAddressAsync(HttpClient journalist)
    {
        var response = await journalist.PostFormAsync("/journalists/accreditation?handler=NewFeedAddress", [], tokenFrom: "/journalists/accreditation");
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var match = Regex.Match(page, "value=\"https?://[^\"]+/journalists/feed/([^\"]+)\"");
        Assert.True(match.Success, "No feed address on the page");
        return match.Groups[1].Value;
    }

    private static Task<HttpResponseMessage> SetTimeZoneAsync(HttpClient journalist, string zone) =>
        journalist.PostFormAsync("/journalists/accreditation?handler=TimeZone", [new("TimeZone", zone)], tokenFrom: "/journalists/accreditation");
}
