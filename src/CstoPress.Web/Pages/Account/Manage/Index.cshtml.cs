using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;

namespace CstoPress.Web.Pages.Account.Manage;

/// <summary>The signed-in person's own account: password and second factor.</summary>
[Authorize]
public class IndexModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, SecurityLog securityLog) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        return Page();
    }

    /// <summary>
    /// A new password gives the account a new security stamp, which the cookie check reads on every
    /// request: the other sessions end at once, this one is signed in again.
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        if (!ModelState.IsValid)
        {
            Input = new ChangePasswordInput();
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.NewPassword",
                    error.Code == "PasswordMismatch" ? "The current password is not right." : error.Description);
            }

            Input = new ChangePasswordInput();
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        securityLog.Record(HttpContext, SecurityEvent.PasswordChanged, user.UserName);
        TempData["Notice"] = "Your password was changed; your other sessions have ended.";
        return RedirectToPage();
    }

    public sealed class ChangePasswordInput : NewPasswordInput
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = "";
    }
}
