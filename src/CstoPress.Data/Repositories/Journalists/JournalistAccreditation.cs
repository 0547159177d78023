using CstoPress.Core.Journalists;

namespace CstoPress.Data.Repositories.Journalists;

/// <summary>A journalist's own accreditation, as their page shows it: never the feed's secret, only whether there is one.</summary>
public sealed record JournalistAccreditation(
    string Name,
    string Outlet,
    AccreditationStatus Status,
    DateTimeOffset? EndsAt,
    string TermsVersion,
    DateTimeOffset TermsAcceptedAt,
    string? TimeZone,
    string RecipientCode,
    bool HasFeedAddress,
    string? Reason);
