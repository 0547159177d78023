using System.Net;
using CstoPress.Data;
using Microsoft.AspNetCore.HttpOverrides;

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

    /// <summary>Journalists' requests for accreditation: each one sends mail to the address typed.</summary>
    public const string RegistrationRateLimit = "journalist-registration";

    public static WebApplicationBuilder AddCstoPressAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(AccountOptions.SectionName).Get<AccountOptions>() ?? new AccountOptions();
        services.Configure<AccountOptions>(builder.Configuration.GetSection(AccountOptions.SectionName));
        var secureOnly = !builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing");

        services.AddIdentity<PortalUser, IdentityRole>(IdentityRules)
            .AddEntityFrameworkStores<CstoPressDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();

        // Reset links expire (the token provider reads the system clock, not the portal's TimeProvider).
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = options.PasswordResetLinkLifetime);

        // Checked on every request, so signing out or changing the password ends the other sessions at once.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.Zero);

        services.ConfigureApplicationCookie(cookie => SessionCookie.Configure(cookie, options, secureOnly));

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

        services.AddRateLimiter(limiter => AccountRateLimits.Configure(limiter, options));

        services.AddSingleton<SecurityLog>();
        services.AddSingleton<AntiforgeryFailureLogging>();
        services.Configure<MvcOptions>(mvc => mvc.Filters.AddService<AntiforgeryFailureLogging>());
        services.AddScoped<AccountSetup>();
        services.AddScoped<PasswordResetMail>();
        services.AddScoped<TwoFactorRequirement>();
        return builder;
    }

    /// <summary>Password rules by current guidance (length over composition), and lockout after repeated failures.</summary>
    private static void IdentityRules(IdentityOptions identity)
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
    }
}
