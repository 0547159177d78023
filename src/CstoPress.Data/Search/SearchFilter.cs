using CstoPress.Data.Repositories;

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

    /// <summary>The search's filters as every list of publications is narrowed; a year no calendar holds narrows nothing.</summary>
    internal PublicationNarrowing Narrowing(PressOfficeTime pressOffice)
    {
        var narrowing = new PublicationNarrowing { Language = Language, SectionId = SectionId, Kind = Kind, PersonId = PersonId };
        return Year is { } year and > 1 and < 9999 ? narrowing.InYear(year, pressOffice) : narrowing;
    }
}
