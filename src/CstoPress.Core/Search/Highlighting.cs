namespace CstoPress.Core.Search;

/// <summary>
/// Reads a snippet PostgreSQL's ts_headline marked with two private-use characters instead of HTML
/// tags, so that the publication's own text is never taken as markup: the page encodes every part
/// and wraps only the matches in &lt;mark&gt;. The snippet is cut from Markdown, so its syntax
/// characters are dropped as well.
/// </summary>
public static partial class Highlighting
{
    public const char Start = '\uE000';
    public const char Stop = '\uE001';

    /// <summary>The ts_headline options that mark matches with <see cref="Start"/> and <see cref="Stop"/>.</summary>
    public static readonly string HeadlineOptions =
        $"StartSel={Start}, StopSel={Stop}, MaxFragments=2, MaxWords=28, MinWords=10, FragmentDelimiter=\" … \"";

    public static IReadOnlyList<SnippetPart> Parts(string? marked)
    {
        var parts = new List<SnippetPart>();
        if (string.IsNullOrEmpty(marked))
        {
            return parts;
        }

        var text = MarkdownLink().Replace(marked, "$1");
        text = MarkdownSyntax().Replace(text, "");
        var current = new StringBuilder();
        var inMatch = false;
        foreach (var c in text)
        {
            if (c == Start || c == Stop)
            {
                var opening = c == Start;
                if (opening != inMatch)
                {
                    Flush();
                    inMatch = opening;
                }

                continue;
            }

            current.Append(c);
        }

        Flush();
        return parts;

        void Flush()
        {
            if (current.Length > 0)
            {
                parts.Add(new SnippetPart(current.ToString(), inMatch));
                current.Clear();
            }
        }
    }

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"[*_`]+|^\s*(?:#+|>+|[-+])\s+", RegexOptions.Multiline)]
    private static partial Regex MarkdownSyntax();
}
