namespace CstoPress.Core.Import;

/// <summary>
/// Reads the date printed after a page's title. The site printed dd.MM.yyyy; a few pages carry
/// other spellings. Only unambiguous ones are read: 03/04/2021 could be March or April, so it is
/// left to a person rather than guessed.
/// </summary>
public static class ArchiveDate
{
    private static readonly string[] Formats =
    [
        "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "d MMMM, yyyy",
    ];

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>A date the page itself printed in the site's usual way at the end of the title line.</summary>
    public static readonly Regex TitleWithDate = ArchivePattern.Of(@"^(?<title>.+?)\s+(?<date>\d{1,2}\.\d{1,2}\.\d{4})$");

    public static bool TryRead(string text, out DateOnly date)
    {
        var cleaned = text.Trim().TrimEnd('.', ' ').Replace(" г", "", StringComparison.Ordinal).Replace("года", "", StringComparison.Ordinal).Trim();
        return DateOnly.TryParseExact(cleaned, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date)
            || DateOnly.TryParseExact(cleaned, ["d MMMM yyyy", "dd.MM.yyyy"], Russian, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    /// <summary>True when the text is short and made of digits and date punctuation or month names: a date, read or not.</summary>
    public static bool LooksLikeDate(string text) =>
        text.Length <= 40 && DateLike.IsMatch(text);

    /// <summary>Figures, or a day and a month's name in either order ("17 November 2021", "November 17, 2021").</summary>
    private static readonly Regex DateLike = ArchivePattern.Of(
        @"^\(?(?:\d{1,4}[\s./\-]+(\d{1,2}|\p{L}+)|\p{L}+\s+\d{1,2})[\s./\-,]+\d{2,4}\)?\s*(г\.?|года)?$");
}
