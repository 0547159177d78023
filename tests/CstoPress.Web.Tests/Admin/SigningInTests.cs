using CstoPress.Web.Pages.Account;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CstoPress.Web.Tests.Admin;

public class SigningInTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task AnEditorSignsInAndReachesTheDashboard()
    {
        var client = await portal.SignedInAsync(PortalRoles.Editor);

        var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dashboard", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownAddressAndAWrongPasswordGetTheSameAnswer()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);

        var wrongPassword = await portal.CookieClient().SignInAsync(email, "not the password at all");
        var unknownUser = await portal.CookieClient().SignInAsync("nobody-" + email, "not the password at all");

        var wrongText = WebUtility.HtmlDecode(await wrongPassword.Content.ReadAsStringAsync());
        var unknownText = WebUtility.HtmlDecode(await unknownUser.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Contains(LoginModel.Refusal, wrongText);
        Assert.Contains(LoginModel.Refusal, unknownText);
        Assert.DoesNotContain("not the password at all", wrongText);
    }

    [Fact]
    public async Task FiveFailuresLockTheAccountEvenAgainstTheRightPassword()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var client = portal.CookieClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync(email, "guessing the password " + attempt);
        }

        var response = await client.SignInAsync(email, SignedInClients.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(LoginModel.Refusal, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("http:evil.example", "/")]
    [InlineData("/admin", "/admin")]
    public async Task OnlyALocalReturnAddressIsFollowed(string returnUrl, string expected)
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);

        var response = await portal.CookieClient().SignInAsync(email, SignedInClients.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SigningOutEndsTheSessionsInOtherBrowsersToo()
    {
        var (_, office, home) = await portal.TwoSessionsAsync(PortalRoles.Editor);

        await office.PostFormAsync("/account/logout", []);
        portal.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Redirect, (await home.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task AnIdleSessionExpires()
    {
        var client = await portal.SignedInAsync(PortalRoles.Editor);

        portal.Clock.Advance(TimeSpan.FromMinutes(31));
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
        }
        finally
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(-31));
        }
    }

    [Fact]
    public async Task EvenABusySessionEndsAfterTheAbsoluteLimit()
    {
        var client = await portal.SignedInAsync(PortalRoles.Editor);
        var advanced = TimeSpan.Zero;
        try
        {
            while (advanced < TimeSpan.FromHours(9.5))
            {
                portal.Clock.Advance(TimeSpan.FromMinutes(20));
                advanced += TimeSpan.FromMinutes(20);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
            }

            portal.Clock.Advance(TimeSpan.FromMinutes(40));
            advanced += TimeSpan.FromMinutes(40);
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
        }
        finally
        {
            portal.Clock.Advance(-advanced);
        }
    }

    [Fact]
    public async Task TheSessionCookieIsHttpOnlyAndStrict()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await client.GetAsync("/account/login");
        var antiforgeryCookie = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = SignedInClients.TokenIn(await form.Content.ReadAsStringAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = SignedInClients.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);

        var response = await client.SendAsync(request);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("CstoPress.Session", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("password1234")]
    [InlineData("aaaaaaaaaaaaaaaa")]
    public async Task WeakPasswordsAreRefused(string password)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var setup = scope.ServiceProvider.GetRequiredService<AccountSetup>();

        var result = await setup.CreateAsync($"weak-{Guid.NewGuid():N}@example.org", password, PortalRoles.Editor);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task ALongPassphraseIsAccepted()
    {
        await portal.CreateUserAsync(PortalRoles.Editor, password: "the press secretary reads every release twice before lunch, " + new string('x', 100));
    }
}
