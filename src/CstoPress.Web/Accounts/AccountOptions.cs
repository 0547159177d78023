namespace CstoPress.Web.Accounts;

/// <summary>The 'Accounts' configuration section.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>A session nobody used for this long ends.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after signing in, however active it was.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>Sign-in attempts one client address may make per minute before getting 429.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Password-reset e-mails one client address may ask for per hour before getting 429.</summary>
    public int PasswordResetRequestsPerHour { get; set; } = 5;

    /// <summary>Requests for accreditation one client address may send per hour before getting 429; each one sends mail.</summary>
    public int RegistrationsPerHour { get; set; } = 20;

    /// <summary>How long the link of a password-reset e-mail works.</summary>
    public TimeSpan PasswordResetLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>When true, an Admin without a second factor is sent to set one up before any admin page.</summary>
    public bool RequireTwoFactorForAdmins { get; set; }

    /// <summary>Addresses of the reverse proxies whose X-Forwarded-For is believed.</summary>
    public List<string> KnownProxies { get; set; } = [];
}
