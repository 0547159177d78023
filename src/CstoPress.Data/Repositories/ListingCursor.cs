using System.Globalization;

namespace CstoPress.Data.Repositories;

/// <summary>
/// A position in a newest-first listing: the publication time and id of an item. Keyset pagination
/// stays fast and stable on an archive of any size, and a new publication does not shift the pages.
/// Written in URLs as '{unix milliseconds}-{id}'.
/// </summary>
public readonly record struct ListingCursor(DateTimeOffset PublishedAt, int Id) : IComparable<ListingCursor>
{
    /// <summary>The listing's order, oldest first: by time, then by id for items published at the same moment.</summary>
    public int CompareTo(ListingCursor other)
    {
        var byTime = PublishedAt.CompareTo(other.PublishedAt);
        return byTime != 0 ? byTime : Id.CompareTo(other.Id);
    }

    public static bool operator <(ListingCursor left, ListingCursor right) => left.CompareTo(right) < 0;

    public static bool operator >(ListingCursor left, ListingCursor right) => left.CompareTo(right) > 0;

    public static bool operator <=(ListingCursor left, ListingCursor right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ListingCursor left, ListingCursor right) => left.CompareTo(right) >= 0;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{PublishedAt.ToUnixTimeMilliseconds()}-{Id}");

    public static bool TryParse(string? text, out ListingCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > 40)
        {
            return false;
        }

        var dash = text.IndexOf('-', 1);
        if (dash < 0
            || !long.TryParse(text.AsSpan(0, dash), NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds)
            || !int.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || milliseconds < DateTimeOffset.MinValue.ToUnixTimeMilliseconds()
            || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return false;
        }

        cursor = new ListingCursor(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds), id);
        return true;
    }
}
