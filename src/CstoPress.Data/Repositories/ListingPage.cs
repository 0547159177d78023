namespace CstoPress.Data.Repositories;

/// <summary>One page of a listing, with the cursors of the pages on either side (null at the ends).</summary>
public sealed record ListingPage(IReadOnlyList<PublicationSummary> Items, ListingCursor? Newer, ListingCursor? Older)
{
    public bool IsEmpty => Items.Count == 0;
}

/// <summary>Which way to walk from a cursor: to older items (the next page) or back to newer ones.</summary>
public enum ListingDirection
{
    Older,
    Newer,
}
