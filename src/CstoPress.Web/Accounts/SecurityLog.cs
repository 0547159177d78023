namespace CstoPress.Web.Accounts;

/// <summary>
/// The one way security events reach the log: each event once, under the 'CstoPress.Security'
/// category, with the same properties (event, user, client address, UTC time), so an operator can
/// filter and alert on them. Never given a password, a cookie or a token. The values are structured
/// properties, escaped by the log's output templates, so a user name cannot forge a log line.
/// </summary>
public sealed class SecurityLog(ILoggerFactory loggers, TimeProvider time)
{
    public const string Category = "CstoPress.Security";

    private readonly ILogger _logger = loggers.CreateLogger(Category);

    /// <param name="user">The account concerned; the signed-in user's name when not given.</param>
    /// <param name="detail">A short, secret-free word on what happened, such as the reason of a refusal.</param>
    public void Record(HttpContext http, SecurityEvent kind, string? user = null, string? detail = null)
    {
        var level = IsFailure(kind) ? LogLevel.Warning : LogLevel.Information;
        _logger.Log(level, "Security event {SecurityEvent} for {UserName} from {ClientIp} at {AtUtc}: {Detail}",
            kind,
            user ?? http.User.Identity?.Name ?? "-",
            http.Connection.RemoteIpAddress?.ToString() ?? "-",
            time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            detail ?? "-");
    }

    private static bool IsFailure(SecurityEvent kind) => kind is SecurityEvent.SignInFailed or SecurityEvent.LockedOut
        or SecurityEvent.SignInRateLimited or SecurityEvent.AccessDenied or SecurityEvent.AntiforgeryFailed
        or SecurityEvent.UploadRefused or SecurityEvent.PasswordResetRateLimited or SecurityEvent.TwoFactorFailed
        or SecurityEvent.RegistrationRefused or SecurityEvent.RegistrationRateLimited;
}
