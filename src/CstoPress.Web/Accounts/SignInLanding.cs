namespace CstoPress.Web.Accounts;

/// <summary>Where signing in leads when no page asked for one: a journalist to their accreditation, everyone else home.</summary>
public static class SignInLanding
{
    public static async Task<string> ForAsync(UserManager<PortalUser> users, PortalUser user) =>
        await users.IsInRoleAsync(user, PortalRoles.Journalist) ? SiteLinks.JournalistAccreditation(ContentLanguage.En) : "/";
}
