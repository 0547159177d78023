using System.Text.RegularExpressions;

namespace CstoPress.Core.Import;

/// <summary>
/// Photos survive in the saved pages only as their file names, at the start of a line and often run
/// together with the text that follows ("IMG_1234.jpgThe meeting..."). The name is taken off the line
/// and kept; the text stays.
/// </summary>
public static class PhotoReferences
{
    public static (IReadOnlyList<string> Files, string Text) Extract(string line)
    {
        var files = new List<string>();
        var rest = line;
        while (LeadingFileName.Match(rest) is { Success: true } match)
        {
            files.Add(match.Groups["file"].Value);
            rest = rest[match.Length..].TrimStart(' ', ',', ';', '\u00A0');
        }

        return (files, rest);
    }

    // The extension ends where a capital letter, a non-letter or the line begins the next text.
    private static readonly Regex LeadingFileName = ArchivePattern.Of(@"^(?<file>[\p{L}\p{N}_\-]+(?:\.[\p{L}\p{N}_\-]+)*?\.(?i:jpe?g|png|gif|bmp|tiff?|webp))(?=\P{Ll}|$)");
}
