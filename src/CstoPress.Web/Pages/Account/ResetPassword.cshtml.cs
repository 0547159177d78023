namespace CstoPress.Web.Pages.Account;

/// <summary>
/// Where the reset e-mail's link leads. Identity checks the token and the password rules, and gives
/// the account a new security stamp, which ends every other session at their next request.
/// </summary>
public class ResetPasswordModel(UserManager<PortalUser> users, SecurityLog securityLog) : PageModel
{
    public const string BadLink = "This link has expired or has already been used. Ask for a new one on the sign-in page.";

    [BindProperty(SupportsGet = true)]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public IActionResult OnGet() =>
        Email.Length == 0 || PasswordResetMail.TokenFrom(Code) is null ? RedirectToPage("/Account/ForgotPassword") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Blank();
        }

        var user = await users.FindByEmailAsync(Email);
        var token = PasswordResetMail.TokenFrom(Code);
        if (user is null || token is null)
        {
            ModelState.AddModelError(string.Empty, BadLink);
            return Blank();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "InvalidToken" ? string.Empty : "Input.NewPassword",
                    error.Code == "InvalidToken" ? BadLink : error.Description);
            }

            return Blank();
        }

        // A reset proves the mailbox: the lockout that may have led here ends too.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        securityLog.Record(HttpContext, SecurityEvent.PasswordResetCompleted, user.UserName);
        Done = true;
        return Page();
    }

    private PageResult Blank()
    {
        Input = new NewPasswordInput();
        return Page();
    }
}
