namespace CstoPress.Data.Repositories;

/// <summary>
/// What a list of publications is narrowed to, said the same way by listings, feeds, the read API,
/// search and the dashboard. Every part is optional; no language means both.
/// </summary>
public record PublicationNarrowing
{
    public ContentLanguage? Language { get; init; }
    public int? SectionId { get; init; }
    public PublicationKind? Kind { get; init; }
    public int? TagId { get; init; }

    /// <summary>Speeches by, or publications about, this person.</summary>
    public int? PersonId { get; init; }

    /// <summary>Published at or after this instant: the API's ?since=, or the start of a period.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Published before this instant: the end of a period.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>A month of the press office's calendar, the one the pages print dates in.</summary>
    public PublicationNarrowing InMonth(int year, int month, PressOfficeTime pressOffice) =>
        InPeriod(new DateTime(year, month, 1), new DateTime(year, month, 1).AddMonths(1), pressOffice);

    /// <summary>A year of the press office's calendar: a release at 23:30 UTC on 31 December belongs to the next one in Moscow.</summary>
    public PublicationNarrowing InYear(int year, PressOfficeTime pressOffice) =>
        InPeriod(new DateTime(year, 1, 1), new DateTime(year + 1, 1, 1), pressOffice);

    private PublicationNarrowing InPeriod(DateTime start, DateTime end, PressOfficeTime pressOffice) =>
        this with { From = pressOffice.ToUtc(start), Until = pressOffice.ToUtc(end) };
}
