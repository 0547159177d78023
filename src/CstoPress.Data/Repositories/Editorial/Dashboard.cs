namespace CstoPress.Data.Repositories.Editorial;

/// <summary>The editors' desk: what is being written, waiting, coming and just gone out.</summary>
public sealed record Dashboard(
    IReadOnlyList<EditorialSummary> Drafts,
    IReadOnlyList<EditorialSummary> InReview,
    IReadOnlyList<EditorialSummary> Scheduled,
    IReadOnlyList<EditorialSummary> RecentlyPublished,
    IReadOnlyList<EditorialSummary> RecentlyWithdrawn,
    IReadOnlyList<EditorialSummary> AwaitingApproval,
    IReadOnlyList<EditorialSummary> NeedingReview);
