namespace CstoPress.Data.Repositories;

/// <summary>
/// The one way publications are narrowed and walked. Public queries start from
/// <see cref="PublicVisibility"/> and narrow what it lets through; the dashboard narrows the desk's items.
/// </summary>
internal static class PublicationNarrowingExtensions
{
    /// <summary>
    /// Each condition is added only when asked for, so the SQL carries no "or parameter is null"
    /// that would keep PostgreSQL from using the index the condition needs. The conditions come in
    /// the order the search's SQL was tuned and measured with.
    /// </summary>
    public static IQueryable<Publication> NarrowedBy(this IQueryable<Publication> publications, PublicationNarrowing narrowing)
    {
        var query = publications;
        if (narrowing.Language is { } language)
        {
            query = query.Where(p => p.Language == language);
        }

        if (narrowing.SectionId is { } sectionId)
        {
            query = query.Where(p => p.SectionId == sectionId);
        }

        if (narrowing.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (narrowing.From is { } from)
        {
            query = query.Where(p => p.PublishedAt >= from);
        }

        if (narrowing.Until is { } until)
        {
            query = query.Where(p => p.PublishedAt < until);
        }

        if (narrowing.TagId is { } tagId)
        {
            query = query.Where(p => p.Tags.Any(t => t.Id == tagId));
        }

        return narrowing.PersonId is { } personId ? query.OfPerson(personId) : query;
    }

    /// <summary>A person's publications: the speeches they gave and the publications about them.</summary>
    public static IQueryable<Publication> OfPerson(this IQueryable<Publication> publications, int personId) =>
        publications.Where(p => p.Speech.SpeakerId == personId || p.People.Any(person => person.Id == personId));

    /// <summary>
    /// Older than <paramref name="cursor"/>: the next page of a newest-first listing (?before=). Written as one
    /// row comparison, (published_at, id) &lt; (…, …), which PostgreSQL starts the index scan at; the same test
    /// spelled with OR made it read every newer row of the listing and throw them away, so a page thirty deep
    /// cost thirty times the first.
    /// </summary>
    public static IQueryable<Publication> Before(this IQueryable<Publication> publications, ListingCursor cursor)
    {
        DateTimeOffset? at = cursor.PublishedAt;
        return publications.Where(p => EF.Functions.LessThan(ValueTuple.Create(p.PublishedAt, p.Id), ValueTuple.Create(at, cursor.Id)));
    }

    /// <summary>Newer than <paramref name="cursor"/>: the page above it in a newest-first listing (?after=).</summary>
    public static IQueryable<Publication> After(this IQueryable<Publication> publications, ListingCursor cursor)
    {
        DateTimeOffset? at = cursor.PublishedAt;
        return publications.Where(p => EF.Functions.GreaterThan(ValueTuple.Create(p.PublishedAt, p.Id), ValueTuple.Create(at, cursor.Id)));
    }

    /// <summary>At <paramref name="cursor"/> or newer: whether anything stands above a deep page.</summary>
    public static IQueryable<Publication> AtOrAfter(this IQueryable<Publication> publications, ListingCursor cursor)
    {
        DateTimeOffset? at = cursor.PublishedAt;
        return publications.Where(p => EF.Functions.GreaterThanOrEqual(ValueTuple.Create(p.PublishedAt, p.Id), ValueTuple.Create(at, cursor.Id)));
    }

    /// <summary>The order a <see cref="ListingCursor"/> walks: the id settles items published at the same moment.</summary>
    public static IOrderedQueryable<Publication> NewestFirst(this IQueryable<Publication> publications) =>
        publications.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id);

    /// <summary>The same order backwards, to read the items just newer than a cursor.</summary>
    public static IOrderedQueryable<Publication> OldestFirst(this IQueryable<Publication> publications) =>
        publications.OrderBy(p => p.PublishedAt).ThenBy(p => p.Id);
}
