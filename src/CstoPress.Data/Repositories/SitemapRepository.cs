namespace CstoPress.Data.Repositories;

/// <summary>
/// What the sitemaps list: every listed publication and the landing pages. Withdrawn pages stay
/// reachable but ask not to be indexed, so they are left out.
/// </summary>
public sealed class SitemapRepository(CstoPressDbContext db, TimeProvider time)
{
    private IQueryable<Publication> Listed => db.Publications.AsNoTracking().Where(PublicVisibility.Listed(time.GetUtcNow()));

    public Task<int> PublicationCountAsync(CancellationToken cancellationToken = default) =>
        Listed.CountAsync(cancellationToken);

    /// <summary>One slice of the listed publications in a stable order (by id), for one sitemap file.</summary>
    public async Task<IReadOnlyList<SitemapPublication>> PublicationsAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        await Listed
            .OrderBy(p => p.Id)
            .Skip(skip)
            .Take(take)
            .Select(p => new SitemapPublication(p.Slug, p.Language, p.Title, p.PublishedAt!.Value, p.UpdatedAt))
            .ToListAsync(cancellationToken);

    /// <summary>What the Google News sitemap lists: publications of the last two days, newest first (at most 1,000).</summary>
    public async Task<IReadOnlyList<SitemapPublication>> RecentAsync(TimeSpan within, CancellationToken cancellationToken = default)
    {
        var from = time.GetUtcNow() - within;
        return await Listed
            .NarrowedBy(new PublicationNarrowing { From = from })
            .NewestFirst()
            .Take(1000)
            .Select(p => new SitemapPublication(p.Slug, p.Language, p.Title, p.PublishedAt!.Value, p.UpdatedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Each section with the time of its newest publication in each language (null when it has none).</summary>
    public async Task<IReadOnlyList<SitemapSection>> SectionsAsync(CancellationToken cancellationToken = default)
    {
        var listed = Listed;
        return await db.Sections.AsNoTracking()
            .OrderBy(s => s.Order)
            .Select(s => new SitemapSection(
                s.Slug,
                listed.Where(p => p.SectionId == s.Id && p.Language == ContentLanguage.En).Max(p => p.PublishedAt),
                listed.Where(p => p.SectionId == s.Id && p.Language == ContentLanguage.Ru).Max(p => p.PublishedAt)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Topics that have listed publications.</summary>
    public async Task<IReadOnlyList<string>> TagSlugsAsync(CancellationToken cancellationToken = default)
    {
        var listed = Listed;
        return await db.Tags.AsNoTracking()
            .Where(t => t.Publications.Any(p => listed.Contains(p)))
            .OrderBy(t => t.Slug)
            .Select(t => t.Slug)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> PersonSlugsAsync(CancellationToken cancellationToken = default) =>
        await db.People.AsNoTracking().OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync(cancellationToken);
}

public sealed record SitemapPublication(string Slug, ContentLanguage Language, string Title, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt)
{
    public DateTimeOffset LastChangedAt => UpdatedAt > PublishedAt ? UpdatedAt : PublishedAt;
}

public sealed record SitemapSection(string Slug, DateTimeOffset? LatestEn, DateTimeOffset? LatestRu);
