using System.Linq.Expressions;

namespace CstoPress.Core.Journalists;

/// <summary>
/// A journalist's accreditation with the press office: the request as sent, the embargo terms accepted,
/// the press office's decision, and what an accredited journalist receives embargoed items through.
/// </summary>
public class Accreditation
{
    public int Id { get; set; }

    /// <summary>The journalist's sign-in account, made when the press office accredits.</summary>
    public string? UserId { get; set; }

    public required string Name { get; set; }
    public required string Outlet { get; set; }
    public required string Position { get; set; }
    public required string Country { get; set; }
    public required string WorkEmail { get; set; }

    /// <summary>The journalist's own time zone (an IANA name such as Europe/Berlin) for embargo times; empty for none.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The version of the embargo terms the journalist accepted, and when.</summary>
    public required string TermsVersion { get; set; }
    public DateTimeOffset TermsAcceptedAt { get; set; }

    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? EmailConfirmedAt { get; set; }

    public AccreditationStatus Status { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }

    /// <summary>Why the press office refused or revoked, as sent to the journalist.</summary>
    public string? Reason { get; set; }

    /// <summary>The end of the accreditation; empty for one without an end.</summary>
    public DateTimeOffset? EndsAt { get; set; }

    /// <summary>The SHA-256 of the secret in the personal feed's address; empty when the journalist has no feed address.</summary>
    public string? FeedTokenHash { get; set; }

    /// <summary>Printed in the footer of every embargoed copy the journalist receives, so a leaked copy tells whose it was.</summary>
    public required string RecipientCode { get; set; }

    /// <summary>Accredited, and not past the end: the one rule for whether a journalist may see embargoed items.</summary>
    private static readonly Expression<Func<Accreditation, DateTimeOffset, bool>> ActiveRule =
        (a, now) => a.Status == AccreditationStatus.Accredited && (a.EndsAt == null || a.EndsAt > now);

    private static readonly Func<Accreditation, DateTimeOffset, bool> IsActiveCompiled = ActiveRule.Compile();

    /// <summary>The accreditations active at <paramref name="now"/>, as a query condition.</summary>
    public static Expression<Func<Accreditation, bool>> Active(DateTimeOffset now) => TimeBoundRule.At(ActiveRule, now);

    public bool IsActive(DateTimeOffset now) => IsActiveCompiled(this, now);
}
