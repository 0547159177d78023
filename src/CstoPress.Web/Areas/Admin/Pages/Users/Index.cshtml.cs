using System.ComponentModel.DataAnnotations;

namespace CstoPress.Web.Areas.Admin.Pages.Users;

/// <summary>Accounts and their roles; Admins only (by the area's conventions).</summary>
public class IndexModel(UserManager<PortalUser> users, UserDirectory directory, AccountSetup setup, PasswordResetMail resetMail, SecurityLog securityLog) : PageModel
{
    public IReadOnlyList<DirectoryAccount> Accounts { get; private set; } = [];

    [BindProperty]
    public NewAccountInput NewAccount { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (!PortalRoles.All.Contains(NewAccount.Role))
        {
            ModelState.AddModelError("NewAccount.Role", "Choose one of the roles.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var result = await setup.CreateAsync(NewAccount.Email.Trim(), NewAccount.Password, NewAccount.Role);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "NewAccount.Password" : "NewAccount.Email", error.Description);
            }

            NewAccount.Password = "";
            await LoadAsync();
            return Page();
        }

        securityLog.Record(HttpContext, SecurityEvent.AccountCreated, detail: $"{NewAccount.Email} as {NewAccount.Role}");
        TempData["Notice"] = $"Account {NewAccount.Email} created.";
        return RedirectToPage();
    }

    /// <summary>
    /// Gives an account one role. Admins cannot change their own role here, so the last admin cannot
    /// lock everyone out by mistake.
    /// </summary>
    public async Task<IActionResult> OnPostRoleAsync(string userId, string role)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || !PortalRoles.All.Contains(role))
        {
            TempData["Problem"] = "Choose an account and one of the roles.";
            return RedirectToPage();
        }

        if (user.Id == users.GetUserId(User))
        {
            TempData["Problem"] = "You cannot change your own role; ask another admin.";
            return RedirectToPage();
        }

        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);
        await users.UpdateSecurityStampAsync(user);
        securityLog.Record(HttpContext, SecurityEvent.RoleChanged, detail: $"{user.UserName} made {role}");
        TempData["Notice"] = $"{user.Email} is now {role}.";
        return RedirectToPage();
    }

    /// <summary>Sends an account the password-reset e-mail, for someone who cannot reach the sign-in page's link.</summary>
    public async Task<IActionResult> OnPostSendResetAsync(string userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            TempData["Problem"] = "Choose an account.";
            return RedirectToPage();
        }

        await resetMail.SendAsync(user, Request, cancellationToken);
        securityLog.Record(HttpContext, SecurityEvent.PasswordResetRequested, user.UserName, $"by {User.Identity?.Name}");
        TempData["Notice"] = $"A link to choose a new password was sent to {user.Email}.";
        return RedirectToPage();
    }

    private async Task LoadAsync() => Accounts = await directory.AccountsAsync(HttpContext.RequestAborted);

    public sealed class NewAccountInput
    {
        [Required(ErrorMessage = "Enter the email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address such as name@example.org.")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter a password of 12 characters or more.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        public string Role { get; set; } = PortalRoles.Editor;
    }
}
