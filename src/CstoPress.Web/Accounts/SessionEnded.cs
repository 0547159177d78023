using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.WebUtilities;

namespace CstoPress.Web.Accounts;

/// <summary>
/// Where an editor goes when their session ends while they work: to the sign-in page, told why, and
/// from there back to the page they were on. The text they were typing is kept by the editor's
/// script in their browser and offered back on that page.
/// </summary>
public static class SessionEnded
{
    /// <summary>The sign-in page's query switch that shows <see cref="Message"/>.</summary>
    public const string Flag = "ended";

    public const string Message = "Your session ended; sign in again – your text is kept in this browser.";

    /// <summary>
    /// The cookie handler's challenge, with two changes. A form sent after the session ended comes back
    /// to the page that showed it: the posted address names a handler ('?handler=Publish'), which a
    /// GET after signing in would not run, leaving an empty form. And the sign-in page says what
    /// happened. Scripts (which send X-Requested-With) still get the handler's 401.
    /// </summary>
    public static Task RedirectToSignInAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        var request = context.Request;
        if (string.Equals(request.Headers.XRequestedWith, "XMLHttpRequest", StringComparison.Ordinal))
        {
            context.Response.Headers.Location = context.RedirectUri;
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        // A form can only be posted from a page shown to a signed-in editor; a leftover cookie means the
        // same. Anyone else is simply asked to sign in.
        var posted = HttpMethods.IsPost(request.Method);
        if (!posted && !request.Cookies.ContainsKey(context.Options.Cookie.Name!))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        context.Response.Redirect(SignInAddress(request.PathBase + context.Options.LoginPath,
            posted ? request.PathBase + request.Path : request.PathBase + request.Path + request.QueryString));
        return Task.CompletedTask;
    }

    /// <summary>The sign-in page, saying that the session ended, then leading back to <paramref name="returnUrl"/>.</summary>
    public static string SignInAddress(string loginPath, string returnUrl) =>
        QueryHelpers.AddQueryString(loginPath, new Dictionary<string, string?>
        {
            ["returnUrl"] = returnUrl,
            [Flag] = "true",
        });
}
