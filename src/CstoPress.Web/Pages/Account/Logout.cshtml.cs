using Microsoft.AspNetCore.Authorization;

namespace CstoPress.Web.Pages.Account;

[Authorize]
public class LogoutModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, SecurityLog securityLog) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>Signing out here signs out everywhere: a new security stamp ends the other sessions too.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            securityLog.Record(HttpContext, SecurityEvent.SignedOut, user.UserName);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
