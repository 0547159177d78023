namespace CstoPress.Core.Import;

/// <summary>
/// Writes the archive's plain text as Markdown that renders as the same text: characters Markdown
/// would read as emphasis, links or list markers are escaped, and lines of one block stay lines
/// (the portal's Markdown reads a single line break as a break).
/// </summary>
public static class MarkdownText
{
    public static string Paragraph(IEnumerable<string> lines) =>
        string.Join('\n', lines.Select(Line));

    public static string Quote(IEnumerable<string> paragraphs) =>
        string.Join("\n>\n", paragraphs.Select(p => "> " + p.Replace("\n", "\n> ", StringComparison.Ordinal)));

    public static string Line(string line)
    {
        var escaped = new StringBuilder(line.Length + 8);
        foreach (var ch in line)
        {
            if (ch is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '~' or '^')
            {
                escaped.Append('\\');
            }

            escaped.Append(ch);
        }

        var text = escaped.ToString();
        if (text.Length > 0 && text[0] is '#' or '>' or '+' or '-' or '=' or '|' or '~')
        {
            return "\\" + text;
        }

        var numbered = OrderedListMarker.Match(text);
        return numbered.Success ? text.Insert(numbered.Groups["mark"].Index, "\\") : text;
    }

    private static readonly Regex OrderedListMarker = ArchivePattern.Of(@"^(?:\d{1,9}|[A-Za-z]{1,4})(?<mark>[.)])(\s|$)");
}
