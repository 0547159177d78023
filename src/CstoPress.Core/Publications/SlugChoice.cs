using CstoPress.Core.Text;

namespace CstoPress.Core.Publications;

/// <summary>
/// How a publication gets its address when nobody typed one: the title's slug, numbered (<c>-2</c>, <c>-3</c> …)
/// until it is free. The one implementation, used by the editor and by the archive importer alike.
/// </summary>
public static class SlugChoice
{
    /// <summary>Room kept at the end of a long stem for the number that tells apart items of the same title.</summary>
    private const int NumberRoom = 8;

    /// <summary>The slug of <paramref name="title"/>, or of <paramref name="fallback"/> when the title gives none.</summary>
    public static string StemOf(string? title, string fallback)
    {
        var stem = Slugs.From(title);
        if (stem.Length == 0)
        {
            stem = Slugs.From(fallback);
        }

        if (stem.Length == 0)
        {
            stem = "publication";
        }

        if (stem.Length > Slugs.MaxLength - NumberRoom)
        {
            // Cut at a word, so the numbered address stays within the well-formed length.
            stem = stem[..(Slugs.MaxLength - NumberRoom + 1)];
            stem = stem[..Math.Max(stem.LastIndexOf('-'), 1)].TrimEnd('-');
        }

        return stem;
    }

    /// <summary>The stem itself, then its numbered forms, in the order they are tried.</summary>
    public static IEnumerable<string> CandidatesFor(string stem)
    {
        yield return stem;
        for (var number = 2; ; number++)
        {
            yield return $"{stem}-{number}";
        }
    }

    /// <summary>The first candidate that <paramref name="isTaken"/> says is free.</summary>
    public static string FirstFree(string stem, Func<string, bool> isTaken) =>
        CandidatesFor(stem).First(candidate => !isTaken(candidate));

    /// <inheritdoc cref="FirstFree"/>
    public static async Task<string> FirstFreeAsync(string stem, Func<string, Task<bool>> isTaken)
    {
        foreach (var candidate in CandidatesFor(stem))
        {
            if (!await isTaken(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The candidates never end.");
    }
}
