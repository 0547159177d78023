using Microsoft.AspNetCore.DataProtection;

namespace CstoPress.Web.Journalists;

/// <summary>
/// The time stamp every request form carries. A person needs more than a few seconds to fill the form
/// in and a script posting at once does not; a form left open for hours is sent again fresh. No third
/// party is asked and nothing is kept on the server: the stamp is sealed (<see cref="SignedTimeStamp"/>).
/// </summary>
public sealed class RegistrationFormToken(IDataProtectionProvider protection, TimeProvider time)
{
    public static readonly TimeSpan Quickest = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(6);

    private readonly SignedTimeStamp _stamp = new(protection.CreateProtector("CstoPress.Journalists.RegistrationForm"));

    public string Issue() => _stamp.Seal("register", time.GetUtcNow());

    public Verdict Check(string? token)
    {
        if (!_stamp.TryOpen(token, out _, out var issuedAt))
        {
            return Verdict.Unreadable;
        }

        var age = time.GetUtcNow() - issuedAt;
        return age < Quickest ? Verdict.TooQuick : age > Longest ? Verdict.TooOld : Verdict.Fine;
    }

    public enum Verdict
    {
        Fine,
        TooQuick,
        TooOld,
        Unreadable,
    }
}
