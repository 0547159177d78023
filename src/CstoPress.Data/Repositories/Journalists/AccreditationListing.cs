using CstoPress.Core.Journalists;

namespace CstoPress.Data.Repositories.Journalists;

/// <summary>A request for accreditation as the press office's list shows it.</summary>
/// <param name="ConfirmedAt">When the applicant confirmed the work address, which is when the request reached the press office.</param>
public sealed record AccreditationListing(
    int Id,
    string Name,
    string Outlet,
    string Country,
    string WorkEmail,
    AccreditationStatus Status,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? EndsAt);
