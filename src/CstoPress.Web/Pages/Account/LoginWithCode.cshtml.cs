namespace CstoPress.Web.Pages.Account;

/// <summary>
/// The second step of signing in, after the password, for accounts with an authenticator app. Wrong
/// codes count toward the same lockout as wrong passwords.
/// </summary>
public class LoginWithCodeModel(SignInManager<PortalUser> signIn, SecurityLog securityLog) : PageModel
{
    public const string Refusal = "That code is not right. After 5 failed attempts the account is locked for 15 minutes.";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty]
    public string RecoveryCode { get; set; } = "";

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("/Account/Login");
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        return Outcome(result, user, "authenticator code");
    }

    public async Task<IActionResult> OnPostRecoveryAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("/Account/Login");
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode.Replace(" ", "", StringComparison.Ordinal));
        return Outcome(result, user, "recovery code");
    }

    private IActionResult Outcome(Microsoft.AspNetCore.Identity.SignInResult result, PortalUser user, string how)
    {
        if (result.Succeeded)
        {
            securityLog.Record(HttpContext, SecurityEvent.SignedIn, user.UserName, "with " + how);
            return LocalRedirect(LocalReturnUrl.Or(ReturnUrl));
        }

        securityLog.Record(HttpContext, result.IsLockedOut ? SecurityEvent.LockedOut : SecurityEvent.TwoFactorFailed, user.UserName, "wrong " + how);
        ModelState.AddModelError(string.Empty, Refusal);
        Code = "";
        RecoveryCode = "";
        return Page();
    }
}
