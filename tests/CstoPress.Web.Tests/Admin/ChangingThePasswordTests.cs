namespace CstoPress.Web.Tests.Admin;

public class ChangingThePasswordTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private const string NewPassword = "the long way round the conference hall";

    [Fact]
    public async Task ChangingThePasswordEndsTheOtherSessionsAtOnceAndKeepsThisOne()
    {
        var (email, office, home) = await portal.TwoSessionsAsync(PortalRoles.Editor);

        var response = await ChangeAsync(office, SignedInClients.Password, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The stamp is checked whenever any time has passed since the cookie was issued (interval zero);
        // the test clock stands still unless moved.
        portal.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Redirect, (await home.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await portal.CookieClient().SignInAsync(email, SignedInClients.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.CookieClient().SignInAsync(email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task AWrongCurrentPasswordChangesNothing()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var client = portal.CookieClient();
        await client.SignInAsync(email, SignedInClients.Password);

        var response = await ChangeAsync(client, "not my current password", NewPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The current password is not right.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await portal.CookieClient().SignInAsync(email, SignedInClients.Password)).StatusCode);
    }

    [Fact]
    public async Task TheAccountPageNeedsASignedInPerson()
    {
        var response = await portal.CookieClient().GetAsync("/account/manage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next) =>
        client.PostFormAsync("/account/manage",
            [new("Input.CurrentPassword", current), new("Input.NewPassword", next), new("Input.ConfirmPassword", next)]);
}
