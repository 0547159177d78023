namespace CstoPress.Data.Repositories.Editorial;

/// <summary>A line of the editors' dashboard.</summary>
public sealed record EditorialSummary(
    int Id,
    string Title,
    string Slug,
    PublicationKind Kind,
    ContentLanguage Language,
    PublicationStatus Status,
    string SectionName,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    bool AwaitsApproval,
    string? ReviewReason);
