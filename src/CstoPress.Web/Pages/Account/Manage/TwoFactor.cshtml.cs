using Microsoft.AspNetCore.Authorization;

namespace CstoPress.Web.Pages.Account.Manage;

/// <summary>
/// Sets up a time-based one-time password (RFC 6238) with Identity's authenticator support: the key
/// is shown, a code from the app proves it was copied, recovery codes are shown once.
/// </summary>
[Authorize]
public class TwoFactorModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, SecurityLog securityLog, IOptions<AccountOptions> options) : PageModel
{
    public const string WrongCode = "That code is not right. Check the time on your phone and enter the code the app shows now.";

    [BindProperty]
    public string Code { get; set; } = "";

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    public string QrCode { get; private set; } = "";

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), WrongCode);
            Code = "";
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        // Turning it on gives the account a new security stamp; this session is signed in again, the others end.
        await signIn.RefreshSignInAsync(user);
        securityLog.Record(HttpContext, SecurityEvent.TwoFactorEnabled, user.UserName);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (MustKeep(user))
        {
            return RedirectToPage();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        securityLog.Record(HttpContext, SecurityEvent.TwoFactorDisabled, user.UserName);
        TempData["Notice"] = "The second factor is off: signing in asks for your password only.";
        return RedirectToPage("/Account/Manage/Index");
    }

    private bool MustKeep(PortalUser user) => options.Value.RequireTwoFactorForAdmins && User.IsInRole(PortalRoles.Admin) && user.TwoFactorEnabled;

    private async Task LoadAsync(PortalUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = options.Value.RequireTwoFactorForAdmins && User.IsInRole(PortalRoles.Admin);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        SharedKey = AuthenticatorKey.Grouped(key);
        AuthenticatorUri = AuthenticatorKey.Uri(user.Email!, key);
        QrCode = AuthenticatorKey.QrCodeDataUri(AuthenticatorUri);
    }
}
