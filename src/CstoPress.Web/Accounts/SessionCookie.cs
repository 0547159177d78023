using CstoPress.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CstoPress.Web.Accounts;

/// <summary>
/// The session cookie: short-lived, sliding while used, ended at the absolute lifetime whatever the use,
/// and checked against the security stamp on every request so that signing out ends every session.
/// </summary>
public static class SessionCookie
{
    private const string SignedInAtKey = "signed-in-at";

    public static void Configure(CookieAuthenticationOptions cookie, AccountOptions options, bool secureOnly)
    {
        // The __Host- prefix needs HTTPS; local development and the tests run on plain HTTP.
        cookie.Cookie.Name = secureOnly ? "__Host-CstoPress.Session" : "CstoPress.Session";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = secureOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.Cookie.Path = "/";
        cookie.LoginPath = "/account/login";
        cookie.LogoutPath = "/account/logout";
        cookie.AccessDeniedPath = "/account/denied";
        cookie.ReturnUrlParameter = "returnUrl";
        cookie.ExpireTimeSpan = options.IdleTimeout;
        cookie.SlidingExpiration = true;
        cookie.Events.OnRedirectToLogin = SessionEnded.RedirectToSignInAsync;
        cookie.Events.OnSigningIn = context =>
        {
            context.Properties.Items[SignedInAtKey] = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>()
                .GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        };
        var redirectToDenied = cookie.Events.OnRedirectToAccessDenied;
        cookie.Events.OnRedirectToAccessDenied = context =>
        {
            // Logged where access is refused, not on the page it leads to, which a client need not follow.
            context.HttpContext.RequestServices.GetRequiredService<SecurityLog>()
                .Record(context.HttpContext, SecurityEvent.AccessDenied, detail: context.Request.Method + " " + context.Request.Path);
            return redirectToDenied(context);
        };
        cookie.Events.OnValidatePrincipal = context => ValidateAsync(context, options);
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context, AccountOptions options)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!context.Properties.Items.TryGetValue(SignedInAtKey, out var signedIn)
            || !DateTimeOffset.TryParse(signedIn, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
            || now - signedInAt > options.AbsoluteLifetime
            || (context.Properties.ExpiresUtc is { } expires && expires < now))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        try
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        }
        catch (Exception exception) when (DatabaseFailures.IsOutage(exception))
        {
            // The stamp cannot be read while the database is away, and neither can anything a
            // session could reach; letting the cookie through for this request lets an editor's
            // form get to the page that keeps its text (UnsavedDuringOutage) instead of failing here.
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("CstoPress.Accounts")
                .LogWarning("The session of {User} was not checked against the database, which could not be reached", context.Principal?.Identity?.Name);
        }
    }
}
