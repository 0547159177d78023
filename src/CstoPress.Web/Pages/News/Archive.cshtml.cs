using CstoPress.Web.Feeds;

namespace CstoPress.Web.Pages.News;

/// <summary>
/// The archive: a year with its count per month (/news/2019), or a month's publications (/news/2019/09).
/// Months are the press office's (Moscow) calendar months, as the dates on the pages are.
/// </summary>
public class ArchiveModel(PublicationRepository publications, ArchiveRepository archive, PressOfficeTime pressOfficeTime)
    : ListingPageModel(publications)
{
    public int Year { get; private set; }
    public int? Month { get; private set; }

    /// <summary>The twelve months of the year with how much was published in each.</summary>
    public IReadOnlyList<MonthCount> Months { get; private set; } = [];

    public bool HasPreviousYear { get; private set; }
    public bool HasNextYear { get; private set; }

    public string Heading => Month is { } month ? $"{MonthName(month)} {Year}" : Year.ToString(CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(int year, int? month)
    {
        Year = year;
        Month = month;
        var yearStart = YearStart(year);
        var yearEnd = YearStart(year + 1);
        var times = await archive.PublicationTimesAsync(Language, yearStart, yearEnd, HttpContext.RequestAborted);
        var counts = times.GroupBy(t => pressOfficeTime.Local(t).Month).ToDictionary(g => g.Key, g => g.Count());
        Months = Enumerable.Range(1, 12).Select(m => new MonthCount(m, MonthName(m), counts.GetValueOrDefault(m))).ToList();

        // An empty year or month is not a page: it would only invite crawlers to walk every number.
        if (times.Count == 0 || (month is { } wanted && counts.GetValueOrDefault(wanted) == 0))
        {
            return NotFound();
        }

        if (month is { } m
            && !await LoadListingAsync(new PublicationNarrowing { Language = Language }.InMonth(year, m, pressOfficeTime)))
        {
            return NotFound();
        }

        HasPreviousYear = await archive.AnyBetweenAsync(Language, YearStart(year - 1), yearStart, HttpContext.RequestAborted);
        HasNextYear = await archive.AnyBetweenAsync(Language, yearEnd, YearStart(year + 2), HttpContext.RequestAborted);
        CanonicalPath = Path(Language);
        OtherLanguageUrl = Path(Language.Other());
        ViewData.Announce(Text["FeedTitlePrefix"], Text["FeedAllPublications"], format => FeedLinks.All(Language, format));
        return Page();
    }

    public string MonthPath(int month) => SiteLinks.ArchiveMonth(Language, Year, month);

    public string YearPath(int year) => SiteLinks.ArchiveYear(Language, year);

    /// <summary>New Year's midnight in the press office, in UTC; years past 9999 do not exist.</summary>
    private DateTimeOffset YearStart(int year) =>
        year > 9999 ? DateTimeOffset.MaxValue : pressOfficeTime.ToUtc(new DateTime(year, 1, 1));

    private string Path(ContentLanguage language) =>
        Month is { } month ? SiteLinks.ArchiveMonth(language, Year, month) : SiteLinks.ArchiveYear(language, Year);

    private string MonthName(int month)
    {
        var culture = CultureInfo.GetCultureInfo(Language == ContentLanguage.Ru ? "ru-RU" : "en-GB");
        var name = culture.DateTimeFormat.GetMonthName(month);
        return culture.TextInfo.ToUpper(name[0]) + name[1..];
    }
}

public sealed record MonthCount(int Month, string Name, int Count);
