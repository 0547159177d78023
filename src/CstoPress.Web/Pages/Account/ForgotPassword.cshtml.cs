using System.ComponentModel.DataAnnotations;

namespace CstoPress.Web.Pages.Account;

public class ForgotPasswordModel(UserManager<PortalUser> users, PasswordResetMail resetMail, SecurityLog securityLog) : PageModel
{
    /// <summary>The one answer, whether or not the address has an account, so the page tells nobody which exist.</summary>
    public const string Answer = "If an account exists for this address, we have sent it a link to choose a new password. The link works for a limited time.";

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address such as name@example.org.")]
    [Display(Name = "Email address")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        securityLog.Record(HttpContext, SecurityEvent.PasswordResetRequested, Email.Trim(), user is null ? "no such account" : "link sent");
        if (user is not null)
        {
            await resetMail.SendAsync(user, Request, cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
