using Microsoft.AspNetCore.Mvc.Filters;

namespace CstoPress.Web.Accounts;

/// <summary>
/// With Accounts__RequireTwoFactorForAdmins, every admin page sends an Admin whose account has no
/// second factor to the page that sets one up, until it is done.
/// </summary>
public sealed class TwoFactorRequirement(UserManager<PortalUser> users, IOptions<AccountOptions> options) : IAsyncPageFilter
{
    public const string SetupPath = "/account/manage/two-factor";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (options.Value.RequireTwoFactorForAdmins
            && context.HttpContext.User.IsInRole(PortalRoles.Admin)
            && await users.GetUserAsync(context.HttpContext.User) is { TwoFactorEnabled: false })
        {
            context.Result = new RedirectResult(SetupPath);
            return;
        }

        await next();
    }
}
