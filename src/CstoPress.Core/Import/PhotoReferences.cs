namespace CstoPress.Core.Import;

/// <summary>
/// Photos survive in the saved pages only as their file names, at the start of a line, one or several in a
/// row, often run together with the text that follows ("IMG_1234.jpgThe meeting...", "DSC_0012 (1).JPG«Мы...»").
/// The names are as cameras, phones, messengers and download folders wrote them: with spaces, copy numbers in
/// parentheses, several dots, dashes and underscores, Cyrillic words, upper-case extensions. Each name is taken
/// off the line and kept; the text stays.
/// </summary>
public static class PhotoReferences
{
    /// <summary>
    /// The shortest run from the start of the line to an image extension, across at most six spaces ("WhatsApp Image
    /// 2023-05-14 at 10.22.31 (1).jpeg"). Where the name ends is told by the extension alone, so the text after it may
    /// start with anything: a capital, a lower-case or Cyrillic letter, a digit, a quotation mark.
    /// </summary>
    private static readonly Regex LeadingFileName = ArchivePattern.Of(
        @"^(?:(?>[\p{L}\p{M}\p{N}\p{Pd}_+~()]+)(?:\.(?>[\p{L}\p{M}\p{N}\p{Pd}_+~()]+))*? ){0,6}?"
        + @"(?>[\p{L}\p{M}\p{N}\p{Pd}_+~()]+)(?:\.(?>[\p{L}\p{M}\p{N}\p{Pd}_+~()]+))*?\.(?i:jpe?g|png|gif|bmp|tiff?|webp|heic|heif)");

    public static (IReadOnlyList<string> Files, string Text) Extract(string line)
    {
        var files = new List<string>();
        var rest = line;
        while (LeadingFileName.Match(rest) is { Success: true } match && !ReadsAsASentence(match.Value, rest[match.Length..]))
        {
            files.Add(match.Value);
            rest = rest[match.Length..].TrimStart(' ', ',', ';', '\u00A0');
        }

        return (files, rest);
    }

    /// <summary>
    /// "The report.jpg format was discussed.": words, an extension, a space and a lower-case word make a sentence
    /// about a file, unless the words carry the digits or underscores that cameras and phones put in a name, or
    /// what follows is the next name of a row of them.
    /// </summary>
    private static bool ReadsAsASentence(string name, string after) =>
        name.Contains(' ', StringComparison.Ordinal)
        && !name.Any(c => char.IsAsciiDigit(c) || c == '_')
        && after.Length > 1 && char.IsWhiteSpace(after[0]) && char.IsLower(after.TrimStart()[0])
        && !LeadingFileName.IsMatch(after.TrimStart());
}
