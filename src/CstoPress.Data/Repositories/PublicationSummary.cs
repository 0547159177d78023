namespace CstoPress.Data.Repositories;

/// <summary>What a listing shows of a publication: date, title, lead, and a thumbnail when it has a photo.</summary>
public sealed record PublicationSummary(
    int Id,
    string Slug,
    string Title,
    string Lead,
    DateTimeOffset PublishedAt,
    PublicationKind Kind,
    ContentLanguage Language,
    string SectionSlug,
    string SectionName,
    Guid? ThumbnailImageId,
    string? ThumbnailAlt);
