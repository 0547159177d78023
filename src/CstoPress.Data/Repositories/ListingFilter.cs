using CstoPress.Core.Publications;

namespace CstoPress.Data.Repositories;

/// <summary>What a listing is narrowed to: a language, and optionally a section, kind, tag, person or period.</summary>
public sealed record ListingFilter(ContentLanguage Language)
{
    public int? SectionId { get; init; }
    public PublicationKind? Kind { get; init; }
    public int? TagId { get; init; }
    public int? PersonId { get; init; }

    /// <summary>The archive's period: published at or after <see cref="From"/> and before <see cref="Until"/>.</summary>
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? Until { get; init; }
}
