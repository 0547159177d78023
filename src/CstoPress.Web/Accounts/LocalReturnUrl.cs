namespace CstoPress.Web.Accounts;

/// <summary>
/// Where to go after signing in: only a path of this site. '//evil.example', '/\evil.example' and
/// absolute addresses would send a fresh session to someone else's page, so they lead home.
/// </summary>
public static class LocalReturnUrl
{
    public static string Or(string? returnUrl, string fallback = "/") =>
        returnUrl is { Length: > 0 }
        && returnUrl[0] == '/'
        && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
        && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : fallback;
}
