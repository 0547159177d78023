using CstoPress.Core.Journalists;

namespace CstoPress.Web.Journalists;

/// <summary>
/// The sign-in account of an accredited journalist, in the Journalist role: made on the first
/// accreditation (without a password: the journalist chooses one through the mailed link), found
/// again on a later one. An address of the press office's own accounts is never made a journalist's.
/// </summary>
public sealed class JournalistAccounts(UserManager<PortalUser> users, AccountSetup setup, SecurityLog securityLog)
{
    public const string PressOfficeAddress =
        "This address belongs to an account of the press office (Admin or Editor); a journalist's account needs an address of its own.";

    /// <exception cref="AccreditationRuleException">The address is the press office's, or Identity refuses it as a user name.</exception>
    public async Task<PortalUser> AccountForAsync(Accreditation accreditation, HttpContext http)
    {
        await setup.EnsureRolesAsync();
        var user = await users.FindByEmailAsync(accreditation.WorkEmail);
        if (user is null)
        {
            user = new PortalUser
            {
                UserName = accreditation.WorkEmail, Email = accreditation.WorkEmail, EmailConfirmed = true, DisplayName = accreditation.Name,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new AccreditationRuleException("The account could not be made: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            securityLog.Record(http, SecurityEvent.AccountCreated, detail: $"{user.Email} as {PortalRoles.Journalist}");
        }
        else if (await users.IsInRoleAsync(user, PortalRoles.Admin) || await users.IsInRoleAsync(user, PortalRoles.Editor))
        {
            throw new AccreditationRuleException(PressOfficeAddress);
        }

        if (!await users.IsInRoleAsync(user, PortalRoles.Journalist))
        {
            await users.AddToRoleAsync(user, PortalRoles.Journalist);
            securityLog.Record(http, SecurityEvent.RoleChanged, detail: $"{user.UserName} made {PortalRoles.Journalist}");
        }

        return user;
    }
}
