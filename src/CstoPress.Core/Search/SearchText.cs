namespace CstoPress.Core.Search;

/// <summary>
/// What a reader typed into the search box, cleaned so that PostgreSQL can take it as it is:
/// control characters (a NUL byte is refused by the server) and broken surrogate pairs are dropped,
/// runs of white space become one space. The operators of the web search syntax stay: the query is
/// read by websearch_to_tsquery, which never fails on them.
/// </summary>
public sealed record SearchText
{
    /// <summary>Longer than any real question; a pasted page is refused with a message, not cut silently.</summary>
    public const int MaxLength = 200;

    private SearchText(string value) => Value = value;

    public string Value { get; }

    /// <summary>
    /// Whether the text reads like a name (up to three plain words, no search operators), worth looking
    /// up by spelling as well: a query that excludes a word or asks for a phrase means exactly that.
    /// </summary>
    public bool CouldBeAName
    {
        get
        {
            var words = Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length <= 3
                && Value.Count(char.IsLetter) >= 3
                && words.All(word => char.IsLetter(word[0])
                    && !word.Equals("or", StringComparison.OrdinalIgnoreCase)
                    && word.All(c => char.IsLetter(c) || c is '-' or '.' or '\''));
        }
    }

    public static SearchTextProblem Read(string? typed, out SearchText text)
    {
        var cleaned = Clean(typed ?? "");
        text = new SearchText(cleaned);
        if (cleaned.Length == 0)
        {
            return SearchTextProblem.Empty;
        }

        if (cleaned.Length > MaxLength)
        {
            return SearchTextProblem.TooLong;
        }

        return cleaned.Any(char.IsLetterOrDigit) ? SearchTextProblem.None : SearchTextProblem.NoWords;
    }

    public override string ToString() => Value;

    private static string Clean(string typed)
    {
        var result = new StringBuilder(Math.Min(typed.Length, MaxLength * 4));
        var pendingSpace = false;
        for (var i = 0; i < typed.Length; i++)
        {
            var c = typed[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (char.IsControl(c) || c is Highlighting.Start or Highlighting.Stop)
            {
                continue;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < typed.Length && char.IsLowSurrogate(typed[i + 1]))
                {
                    AppendPendingSpace();
                    result.Append(c).Append(typed[i + 1]);
                    i++;
                }

                continue;
            }

            AppendPendingSpace();
            result.Append(c);
        }

        return result.ToString();

        void AppendPendingSpace()
        {
            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }
        }
    }
}
