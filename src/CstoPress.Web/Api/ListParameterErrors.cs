using CstoPress.Core.Publications;
using CstoPress.Core.Search;

namespace CstoPress.Web.Api;

/// <summary>
/// The 400 errors of a list endpoint's query string, one message per parameter, and the checks of the parameters
/// /api/v1/publications and /api/v1/documents share, so that a bad q, language or limit reads the same on both.
/// </summary>
public sealed class ListParameterErrors
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public Dictionary<string, string[]> ByParameter { get; } = [];

    public bool Any => ByParameter.Count > 0;

    public void Fail(string parameter, string message) => ByParameter[parameter] = [message];

    /// <summary>The words of ?q=, or null when it is absent or unusable (then its error is recorded).</summary>
    public SearchText? ReadSearch(string? q, string noWordsMessage)
    {
        if (q is null)
        {
            return null;
        }

        switch (SearchText.Read(q, out var text))
        {
            case SearchTextProblem.None:
                return text;
            case SearchTextProblem.TooLong:
                Fail("q", $"Use at most {SearchText.MaxLength} characters.");
                return null;
            default:
                Fail("q", noWordsMessage);
                return null;
        }
    }

    public ContentLanguage? ReadLanguage(string? language)
    {
        if (language is null)
        {
            return null;
        }

        if (ContentLanguages.TryParse(language, out var parsed))
        {
            return parsed;
        }

        Fail("language", "Use 'en' or 'ru'.");
        return null;
    }

    public int ReadLimit(string? limit)
    {
        if (limit is null)
        {
            return DefaultLimit;
        }

        if (int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= MaxLimit)
        {
            return parsed;
        }

        Fail("limit", $"Use a whole number from 1 to {MaxLimit}.");
        return DefaultLimit;
    }
}
