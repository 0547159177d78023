using System.Linq.Expressions;

namespace CstoPress.Data.Repositories;

/// <summary>
/// The questions the public site asks about publications. Every query starts from
/// <see cref="PublicVisibility"/>, reads without tracking and projects to what the page shows.
/// </summary>
public sealed class PublicationRepository(CstoPressDbContext db, TimeProvider time)
{
    private DateTimeOffset Now => time.GetUtcNow();

    private IQueryable<Publication> Listed => db.Publications.AsNoTracking().Where(PublicVisibility.Listed(Now));

    /// <summary>The newest publications in a language: the home page's lead block.</summary>
    public async Task<IReadOnlyList<PublicationSummary>> LatestAsync(ContentLanguage language, int count, CancellationToken cancellationToken = default) =>
        await HomePageQueries.Latest(db, language, count, Now).ToListAsync(cancellationToken);

    /// <summary>
    /// The newest few of each of <paramref name="sections"/>, in their order, skipping empty sections: one query,
    /// each section's few read from its own index and the parts joined with UNION ALL. Not a query compiled once: as a
    /// join over the sections, EF numbers every item of the language (ROW_NUMBER) instead of reading a few per section.
    /// </summary>
    public async Task<IReadOnlyList<SectionLatest>> LatestPerSectionAsync(
        IReadOnlyList<SectionLink> sections, ContentLanguage language, int perSection, CancellationToken cancellationToken = default)
    {
        if (sections.Count == 0)
        {
            return [];
        }

        var parts = sections
            .Select(section => Listed.Where(p => p.Language == language && p.SectionId == section.Id).NewestFirst().Take(perSection))
            .Aggregate((all, part) => all.Concat(part));
        var items = await Summaries(parts).ToListAsync(cancellationToken);
        return sections
            .Select(section => new SectionLatest(
                section.Slug,
                section.NameIn(language),
                items.Where(i => i.SectionSlug == section.Slug).OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).ToList()))
            .Where(section => section.Items.Count > 0)
            .ToList();
    }

    /// <summary>
    /// One page of a newest-first listing (all news, a section, a tag, a person), walking from
    /// <paramref name="cursor"/> in <paramref name="direction"/>; the first page when there is no cursor.
    /// </summary>
    public async Task<ListingPage> ListingPageAsync(
        PublicationNarrowing narrowing, ListingCursor? cursor, ListingDirection direction, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = Listed.NarrowedBy(narrowing);
        List<PublicationSummary> items;
        if (cursor is { } from && direction == ListingDirection.Newer)
        {
            items = await Summaries(query.After(from).OldestFirst().Take(pageSize + 1))
                .ToListAsync(cancellationToken);
            var hasNewer = items.Count > pageSize;
            items = items.Take(pageSize).Reverse().ToList();
            return new ListingPage(
                items,
                hasNewer && items.Count > 0 ? CursorOf(items[0]) : null,
                items.Count > 0 ? CursorOf(items[^1]) : null);
        }

        if (cursor is not { } before)
        {
            items = await Summaries(query.NewestFirst().Take(pageSize + 1)).ToListAsync(cancellationToken);
            var first = items.Take(pageSize).ToList();
            return new ListingPage(first, null, items.Count > pageSize ? CursorOf(first[^1]) : null);
        }

        // A deep page and whether anything is newer than it, in one round trip: the newest item at or above the cursor
        // comes with the page, so a page thirty deep costs what the first page costs (the first needs no "newer" link).
        var rows = await Summaries(query.Before(before).NewestFirst().Take(pageSize + 1)
                .Concat(query.AtOrAfter(before).OldestFirst().Take(1)))
            .ToListAsync(cancellationToken);
        var anyNewer = rows.Exists(r => CursorOf(r) >= before);
        items = rows.Where(r => CursorOf(r) < before).OrderByDescending(CursorOf).ToList();
        var hasOlder = items.Count > pageSize;
        items = items.Take(pageSize).ToList();
        ListingCursor? newer = anyNewer && items.Count > 0 ? CursorOf(items[0]) : null;
        return new ListingPage(items, newer, hasOlder ? CursorOf(items[^1]) : null);
    }

    public Task<int> CountAsync(PublicationNarrowing narrowing, CancellationToken cancellationToken = default) =>
        Listed.NarrowedBy(narrowing).CountAsync(cancellationToken);

    /// <summary>A publication's page by its address, if the public may reach it (published, or withdrawn with its notice).</summary>
    public async Task<PublicationPage?> BySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var row = await PublicationPageQueries.Page(db, slug, now, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var other = row.TranslationOfId is not null || row.HasTranslation
            ? await PublicationPageQueries.OtherLanguage(db, row.Id, row.TranslationOfId, now, cancellationToken)
            : null;
        return row.ToPage(other);
    }

    /// <summary>The current address of a publication that used to live at <paramref name="oldSlug"/>, or of the item that replaced it.</summary>
    public async Task<string?> RedirectForSlugAsync(string oldSlug, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var target = await db.SlugRedirects.AsNoTracking()
            .Where(r => r.OldSlug == oldSlug)
            .Join(db.Publications.Where(PublicVisibility.Reachable(now)), r => r.PublicationId, p => p.Id, (r, p) => p.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        if (target is not null)
        {
            return target;
        }

        return await db.Publications.AsNoTracking()
            .Where(p => p.Slug == oldSlug && p.ReplacedById != null)
            .Join(db.Publications.Where(PublicVisibility.Reachable(now)), p => p.ReplacedById, r => r.Id, (p, r) => r.Slug)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The previous (older) and next (newer) publication in the same section and language.</summary>
    public async Task<NeighbourLinks> NeighboursInSectionAsync(PublicationPage page, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var previous = await PublicationPageQueries.Older(db, page.SectionId, page.Language, page.PublishedAt, page.Id, now, cancellationToken);
        var next = await PublicationPageQueries.Newer(db, page.SectionId, page.Language, page.PublishedAt, page.Id, now, cancellationToken);
        return new NeighbourLinks(previous, next);
    }

    private static ListingCursor CursorOf(PublicationSummary summary) => new(summary.PublishedAt, summary.Id);

    internal static IQueryable<PublicationSummary> Summaries(IQueryable<Publication> query) => query.Select(SummaryOf);

    /// <summary>A publication as listings show it; an expression, so that compiled queries select it too.</summary>
    internal static readonly Expression<Func<Publication, PublicationSummary>> SummaryOf = p => new PublicationSummary(
        p.Id,
        p.Slug,
        p.Title,
        p.Lead,
        p.PublishedAt!.Value,
        p.Kind,
        p.Language,
        p.Section!.Slug,
        p.Language == ContentLanguage.Ru ? p.Section.NameRu : p.Section.Name,
        p.Photos.Where(ph => ph.ImageId != null).OrderBy(ph => ph.Order).Select(ph => ph.ThumbnailId ?? ph.ImageId).FirstOrDefault(),
        p.Photos.Where(ph => ph.ImageId != null).OrderBy(ph => ph.Order).Select(ph => ph.AltText).FirstOrDefault());
}

public sealed record SectionLatest(string Slug, string Name, IReadOnlyList<PublicationSummary> Items);
