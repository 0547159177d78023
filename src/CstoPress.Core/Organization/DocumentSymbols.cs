namespace CstoPress.Core.Organization;

/// <summary>
/// How a symbol is looked up: symbols are quoted by hand (a space more, lower case, a typographic dash),
/// and each spelling must still find its document.
/// </summary>
public static partial class DocumentSymbols
{
    public const int MaxLength = 100;

    public static string KeyOf(string symbol)
    {
        var dashes = Dashes().Replace(symbol.Normalize(NormalizationForm.FormKC), "-");
        return Blanks().Replace(dashes, "").ToUpperInvariant();
    }

    /// <summary>A symbol an editor may type: not empty, not too long, and nothing an address cannot carry.</summary>
    public static string? ProblemWith(string? symbol)
    {
        if (string.IsNullOrWhiteSpace(symbol))
        {
            return "A document needs a symbol or number.";
        }

        if (symbol.Trim().Length > MaxLength)
        {
            return $"A symbol has at most {MaxLength} characters.";
        }

        // The symbol is the document's address: each part between slashes becomes a path segment.
        var parts = symbol.Trim().Split('/');
        return symbol.Any(c => char.IsControl(c) || c is '?' or '#' or '\\') || parts.Any(p => p.Trim() is "" or "." or "..")
            ? "A symbol cannot contain ?, #, \\, begin or end with a slash, have two slashes in a row, or a part that is only dots."
            : null;
    }

    [GeneratedRegex(@"[\u2010-\u2015\u2212]")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();
}
