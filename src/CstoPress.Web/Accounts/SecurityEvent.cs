namespace CstoPress.Web.Accounts;

/// <summary>What happened to an account or a request that the security log keeps.</summary>
public enum SecurityEvent
{
    SignedIn,
    SignInFailed,
    LockedOut,
    SignInRateLimited,
    SignedOut,
    AccessDenied,
    AntiforgeryFailed,
    UploadRefused,
    AccountCreated,
    RoleChanged,
    PasswordResetRequested,
    PasswordResetRateLimited,
    PasswordResetCompleted,
    PasswordChanged,
    TwoFactorEnabled,
    TwoFactorDisabled,
    TwoFactorFailed,

    /// <summary>A request for accreditation sent by a script: the trap field filled, or the form sent too soon or with a broken stamp.</summary>
    RegistrationRefused,
    RegistrationRateLimited,
}
