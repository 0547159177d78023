namespace CstoPress.Core.Import;

/// <summary>
/// Finds the agency a page names as its source: the dateline of a dispatch ("ООН, 26 июля - РИА Новости.")
/// or a well-known agency named at the start of the text ("told BELTA news agency correspondent").
/// </summary>
public static class AgencyAttribution
{
    private static readonly (string Spelling, string Agency)[] KnownAgencies =
    [
        ("РИА Новости", "РИА Новости"), ("RIA Novosti", "RIA Novosti"), ("ТАСС", "ТАСС"), ("TASS", "TASS"),
        ("БелТА", "БелТА"), ("BELTA", "BELTA"), ("Интерфакс", "Интерфакс"), ("Interfax", "Interfax"),
        ("Sputnik", "Sputnik"), ("Спутник", "Спутник"), ("Kazinform", "Kazinform"), ("Казинформ", "Казинформ"),
        ("Kabar", "Kabar"), ("Кабар", "Кабар"), ("Armenpress", "Armenpress"), ("Арменпресс", "Арменпресс"),
        ("Khovar", "Khovar"), ("Ховар", "Ховар"), ("Российская газета", "Российская газета"), ("Rossiyskaya Gazeta", "Rossiyskaya Gazeta"),
    ];

    public static string? Find(IReadOnlyList<string> opening)
    {
        foreach (var paragraph in opening)
        {
            if (Dateline.Match(paragraph) is { Success: true } dateline)
            {
                return dateline.Groups["agency"].Value.Trim();
            }
        }

        foreach (var paragraph in opening)
        {
            foreach (var (spelling, agency) in KnownAgencies)
            {
                var at = paragraph.IndexOf(spelling, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && IsWordBoundary(paragraph, at - 1) && IsWordBoundary(paragraph, at + spelling.Length))
                {
                    return agency;
                }
            }
        }

        return null;
    }

    private static bool IsWordBoundary(string text, int at) => at < 0 || at >= text.Length || !char.IsLetterOrDigit(text[at]);

    // PLACE, DAY MONTH - AGENCY.   or   PLACE, MONTH DAY - AGENCY.
    private static readonly Regex Dateline = ArchivePattern.Of(@"^[\p{L}\-\s]{2,40},\s*(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2})\s*[-–—]\s*(?<agency>\p{L}[\p{L}\s\-]{1,40}?)\s*\.");
}
