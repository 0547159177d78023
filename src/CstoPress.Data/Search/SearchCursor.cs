using System.Globalization;

namespace CstoPress.Data.Search;

/// <summary>
/// A position in a ranked result list. Results are ordered by a rank computed for every match on
/// each request, so a keyset over the rank saves nothing over counting places; the cursor is the
/// place, written in URLs as a plain number and capped so no request walks far into weak matches.
/// </summary>
public readonly record struct SearchCursor(int Offset)
{
    public const int MaxOffset = SearchRepository.RankedCandidates;

    public override string ToString() => Offset.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out SearchCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > 5
            || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            || offset > MaxOffset)
        {
            return false;
        }

        cursor = new SearchCursor(offset);
        return true;
    }
}
