using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using CstoPress.Data;
using CstoPress.Data.Accounts;
using CstoPress.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CstoPress.Web.Accounts;

/// <summary>
/// Accounts with ASP.NET Core Identity on the portal's database: password rules by current guidance,
/// lockout, short-lived cookies that other sessions lose as soon as the password changes or someone
/// signs out, and a rate limit on signing in keyed on the real client address.
/// </summary>
public static class AccountsHosting
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>Requests for a reset e-mail: each one sends mail, so fewer are allowed than sign-ins.</summary>
    public const string PasswordResetRateLimit = "password-reset";

    private const string SignedInAtKey = "signed-in-at";

    public static WebApplicationBuilder AddCstoPressAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(AccountOptions.SectionName).Get<AccountOptions>() ?? new AccountOptions();
        services.Configure<AccountOptions>(builder.Configuration.GetSection(AccountOptions.SectionName));
        var secureOnly = !builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing");

        services.AddIdentity<PortalUser, IdentityRole>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.SignIn.RequireConfirmedAccount = false;
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 1;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<CstoPressDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();

        // Reset links expire (the token provider reads the system clock, not the portal's TimeProvider).
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = options.PasswordResetLinkLifetime);

        // Checked on every request, so signing out or changing the password ends the other sessions at once.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(cookie =>
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
            cookie.Events.OnValidatePrincipal = async context =>
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
            };
        });

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = secureOnly ? "__Host-CstoPress.Antiforgery" : "CstoPress.Antiforgery";
            antiforgery.Cookie.SecurePolicy = secureOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(PortalRoles.PressOfficePolicy, policy => policy.RequireRole(PortalRoles.Admin, PortalRoles.Editor))
            .AddPolicy(PortalRoles.AdminOnlyPolicy, policy => policy.RequireRole(PortalRoles.Admin));

        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = 1;
            foreach (var proxy in options.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var policy = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
                context.HttpContext.RequestServices.GetRequiredService<SecurityLog>().Record(context.HttpContext,
                    policy == PasswordResetRateLimit ? SecurityEvent.PasswordResetRateLimited : SecurityEvent.SignInRateLimited);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(SignInRateLimit, context => PostsPerClient(context, options.SignInAttemptsPerMinute, TimeSpan.FromMinutes(1)));
            limiter.AddPolicy(PasswordResetRateLimit, context => PostsPerClient(context, options.PasswordResetRequestsPerHour, TimeSpan.FromHours(1)));
        });

        services.AddSingleton<SecurityLog>();
        services.AddSingleton<AntiforgeryFailureLogging>();
        services.Configure<MvcOptions>(mvc => mvc.Filters.AddService<AntiforgeryFailureLogging>());
        services.AddScoped<AccountSetup>();
        services.AddScoped<PasswordResetMail>();
        services.AddScoped<TwoFactorRequirement>();
        return builder;
    }

    /// <summary>
    /// Counts the posts of one client address (the real one: forwarded headers from known proxies are
    /// applied first); reading the form is never limited.
    /// </summary>
    private static RateLimitPartition<string> PostsPerClient(HttpContext context, int permits, TimeSpan window) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("reading");
}
