using CstoPress.Core.Publications;

namespace CstoPress.Data.Search;

/// <summary>What a search is narrowed to; every filter is optional, no language means both.</summary>
public sealed record SearchFilter
{
    public ContentLanguage? Language { get; init; }
    public int? SectionId { get; init; }
    public PublicationKind? Kind { get; init; }

    /// <summary>The year of publication, in the press office's calendar.</summary>
    public int? Year { get; init; }

    /// <summary>Speeches by, or publications about, this person.</summary>
    public int? PersonId { get; init; }

    public bool IsEmpty => Language is null && SectionId is null && Kind is null && Year is null && PersonId is null;
}
