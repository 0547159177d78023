using CstoPress.Data.Repositories;

namespace CstoPress.Data.Search;

/// <summary>
/// What a search is narrowed to: the narrowing every list of publications knows, and the year the
/// search form offers. Every filter is optional, no language means both.
/// </summary>
public sealed record SearchFilter : PublicationNarrowing
{
    /// <summary>The year of publication, in the press office's calendar.</summary>
    public int? Year { get; init; }

    public bool IsEmpty => Language is null && SectionId is null && Kind is null && Year is null && PersonId is null;

    /// <summary>The search's filters as every list of publications is narrowed; a year no calendar holds narrows nothing.</summary>
    internal PublicationNarrowing Narrowing(PressOfficeTime pressOffice) =>
        Year is { } year and > 1 and < 9999 ? InYear(year, pressOffice) : this;
}
