using System.ComponentModel.DataAnnotations;

namespace CstoPress.Web.Pages.Account;

public class LoginModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, SecurityLog securityLog) : PageModel
{
    /// <summary>
    /// One answer for an unknown address, a wrong password and a locked account, so the page does not
    /// tell an attacker which accounts exist.
    /// </summary>
    public const string Refusal = "The email address or the password is not right. After 5 failed attempts the account is locked for 15 minutes.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Sent here because the session ended while working (see <see cref="SessionEnded"/>).</summary>
    [BindProperty(SupportsGet = true, Name = SessionEnded.Flag)]
    public bool Ended { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            // Hash the attempt anyway, so an unknown address takes as long as a wrong password.
            users.PasswordHasher.VerifyHashedPassword(new PortalUser(), DecoyHash.Value, Input.Password);
            return Refuse(SecurityEvent.SignInFailed, "unknown account");
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            securityLog.Record(HttpContext, SecurityEvent.SignedIn, user.UserName);
            return LocalRedirect(LocalReturnUrl.Or(ReturnUrl, await SignInLanding.ForAsync(users, user)));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWithCode", new { returnUrl = LocalReturnUrl.Or(ReturnUrl, await SignInLanding.ForAsync(users, user)) });
        }

        return result.IsLockedOut
            ? Refuse(SecurityEvent.LockedOut, "account locked", user.UserName)
            : Refuse(SecurityEvent.SignInFailed, "wrong password", user.UserName);
    }

    /// <remarks>An unknown account is logged under the address that was typed, which is the attacker's text: the log escapes it.</remarks>
    private PageResult Refuse(SecurityEvent kind, string why, string? userName = null)
    {
        securityLog.Record(HttpContext, kind, userName ?? Input.Email, why);
        ModelState.AddModelError(string.Empty, Refusal);
        Input.Password = "";
        return Page();
    }

    private static readonly Lazy<string> DecoyHash =
        new(() => new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), AccountSetup.GeneratePassword()));

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address such as name@example.org.")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
