using CstoPress.Web.Pages.Account;
using Microsoft.AspNetCore.Hosting;

namespace CstoPress.Web.Tests.Admin;

public partial class TwoFactorTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task AnAdminTurnsOnTheAuthenticatorAndThenSignsInWithPasswordAndCode()
    {
        var (email, key, recoveryCodes) = await AccountWithAuthenticatorAsync(portal, PortalRoles.Admin);
        Assert.Equal(10, recoveryCodes.Count);

        var client = portal.CookieClient();
        var afterPassword = await client.SignInAsync(email, SignedInClients.Password, "/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, afterPassword.StatusCode);
        Assert.StartsWith("/account/login-code", afterPassword.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);

        var afterCode = await EnterCodeAsync(client, Totp.Now(key), afterPassword.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, afterCode.StatusCode);
        Assert.Equal("/admin/users", afterCode.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task TheSetupPageShowsTheKeyInGroupsTheUriAndAQrCode()
    {
        var client = await portal.SignedInAsync(PortalRoles.Editor);

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/account/manage/two-factor"));

        Assert.Matches("<kbd class=\"shared-key\">([a-z2-7]{4} ){7,}[a-z2-7]{1,4}</kbd>", page);
        Assert.Matches("otpauth://totp/CstoPress:editor-[0-9a-f]+%40example.org\\?secret=[A-Z2-7]+&issuer=CstoPress&digits=6", page);
        Assert.Contains("src=\"data:image/png;base64,", page);
    }

    [Fact]
    public async Task AWrongCodeIsRefusedAndSignsNobodyIn()
    {
        var (email, key, _) = await AccountWithAuthenticatorAsync(portal, PortalRoles.Editor);
        var client = portal.CookieClient();
        await client.SignInAsync(email, SignedInClients.Password);

        var response = await EnterCodeAsync(client, Totp.Wrong(key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(LoginWithCodeModel.Refusal, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task ARecoveryCodeSignsInOnce()
    {
        var (email, _, recoveryCodes) = await AccountWithAuthenticatorAsync(portal, PortalRoles.Editor);
        var first = portal.CookieClient();
        await first.SignInAsync(email, SignedInClients.Password);

        var used = await EnterRecoveryCodeAsync(first, recoveryCodes[0]);

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin")).StatusCode);
        var second = portal.CookieClient();
        await second.SignInAsync(email, SignedInClients.Password);
        var again = await EnterRecoveryCodeAsync(second, recoveryCodes[0]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(LoginWithCodeModel.Refusal, WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task FiveWrongCodesLockTheAccountEvenAgainstTheRightCode()
    {
        var (email, key, _) = await AccountWithAuthenticatorAsync(portal, PortalRoles.Editor);
        var client = portal.CookieClient();
        await client.SignInAsync(email, SignedInClients.Password);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await EnterCodeAsync(client, Totp.Wrong(key));
        }

        var response = await EnterCodeAsync(client, Totp.Now(key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
        var fresh = portal.CookieClient();
        Assert.Contains(LoginModel.Refusal, WebUtility.HtmlDecode(await (await fresh.SignInAsync(email, SignedInClients.Password)).Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task TurningItOnIsLoggedOnce()
    {
        var (email, _, _) = await AccountWithAuthenticatorAsync(portal, PortalRoles.Editor);

        Assert.Single(portal.Log.Events, e => CapturedLog.Text(e, "SecurityEvent") == nameof(SecurityEvent.TwoFactorEnabled)
            && CapturedLog.Text(e, "UserName") == email);
    }

    /// <summary>Creates an account, signs in, sets up the authenticator as a person would, and signs out.</summary>
    public static async Task<(string Email, string Key, IReadOnlyList<string> RecoveryCodes)> AccountWithAuthenticatorAsync(PortalFactory portal, string role)
    {
        var email = await portal.CreateUserAsync(role);
        var client = portal.CookieClient();
        await client.SignInAsync(email, SignedInClients.Password);
        var (key, codes) = await TurnOnAsync(client);
        await client.PostFormAsync("/account/logout", []);
        return (email, key, codes);
    }

    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> TurnOnAsync(HttpClient client)
    {
        var setup = await client.GetStringAsync("/account/manage/two-factor");
        var key = SharedKey().Match(setup).Groups[1].Value;
        var response = await client.PostFormAsync("/account/manage/two-factor", [new("Code", Totp.Now(key))]);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codes = RecoveryCode().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.True(codes.Count > 0, page);
        return (key, codes);
    }

    public static Task<HttpResponseMessage> EnterCodeAsync(HttpClient client, string code, string page = "/account/login-code") =>
        client.PostFormAsync(page, [new("Code", code)]);

    private static Task<HttpResponseMessage> EnterRecoveryCodeAsync(HttpClient client, string code) =>
        client.PostFormAsync("/account/login-code?handler=Recovery", [new("RecoveryCode", code)], tokenFrom: "/account/login-code");

    [GeneratedRegex("<kbd class=\"shared-key\">([a-z2-7 ]+)</kbd>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<li><code>([A-Za-z0-9-]+)</code></li>")]
    private static partial Regex RecoveryCode();
}

public class RequiredTwoFactorTests(RequiredTwoFactorTests.StrictPortal portal) : IClassFixture<RequiredTwoFactorTests.StrictPortal>
{
    [Fact]
    public async Task AnAdminWithoutASecondFactorIsSentToSetItUpUntilDone()
    {
        var admin = await portal.SignedInAsync(PortalRoles.Admin);

        foreach (var page in new[] { "/admin", "/admin/users", "/admin/publications/trash" })
        {
            var response = await admin.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(TwoFactorRequirement.SetupPath, response.Headers.Location!.OriginalString);
        }

        Assert.Contains("Admins must set up a second factor", await admin.GetStringAsync(TwoFactorRequirement.SetupPath));
        await TwoFactorTests.TurnOnAsync(admin);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task AnEditorIsNotAsked()
    {
        var editor = await portal.SignedInAsync(PortalRoles.Editor);

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);
    }

    public sealed class StrictPortal : SeededPortal
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Accounts:RequireTwoFactorForAdmins", "true");
        }
    }
}
