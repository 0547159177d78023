namespace CstoPress.Data.Repositories;

/// <summary>The questions newsroom tools ask through the read API (/api/v1).</summary>
public sealed class ReadApiRepository(CstoPressDbContext db, TimeProvider time)
{
    /// <summary>One page of publications, newest first, continuing after <paramref name="after"/>; Next is null on the last page.</summary>
    public async Task<EntryPage> PublicationsAsync(PublicationNarrowing narrowing, ListingCursor? after, int limit, CancellationToken cancellationToken = default)
    {
        var listed = db.Publications.AsNoTracking().Where(PublicVisibility.Listed(time.GetUtcNow())).NarrowedBy(narrowing);
        if (after is { } from)
        {
            listed = listed.Before(from);
        }

        var items = await PublicationEntries.Project(listed.NewestFirst().Take(limit + 1))
            .ToListAsync(cancellationToken);
        if (items.Count <= limit)
        {
            return new EntryPage(items, null);
        }

        items.RemoveAt(items.Count - 1);
        return new EntryPage(items, new ListingCursor(items[^1].PublishedAt, items[^1].Id));
    }

    /// <summary>The listed publications among <paramref name="ids"/>, in the order given (a search's ranking).</summary>
    public async Task<IReadOnlyList<PublicationEntry>> PublicationsInOrderAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken = default)
    {
        var entries = await PublicationEntries.Project(db.Publications.AsNoTracking()
                .Where(PublicVisibility.Listed(time.GetUtcNow()))
                .Where(p => ids.Contains(p.Id)))
            .ToListAsync(cancellationToken);
        var byId = entries.ToDictionary(e => e.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>A publication by its address if the public may reach it; a withdrawn one comes with its notice.</summary>
    public Task<PublicationEntry?> PublicationBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        PublicationEntries.Project(db.Publications.AsNoTracking()
                .Where(PublicVisibility.Reachable(time.GetUtcNow()))
                .Where(p => p.Slug == slug))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PersonOnApi>> PeopleAsync(CancellationToken cancellationToken = default) =>
        await db.People.AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new PersonOnApi(p.Id, p.Slug, p.Name, p.NameRu))
            .ToListAsync(cancellationToken);

    /// <summary>Topics of listed publications only: a tag made for an unpublished story must not give it away.</summary>
    public async Task<IReadOnlyList<TagOnApi>> TagsAsync(CancellationToken cancellationToken = default)
    {
        var listed = db.Publications.Where(PublicVisibility.Listed(time.GetUtcNow()));
        return await db.Tags.AsNoTracking()
            .Select(t => new { t.Id, t.Slug, t.Name, Count = t.Publications.Count(p => listed.Contains(p)) })
            .Where(t => t.Count > 0)
            .OrderBy(t => t.Name)
            .Select(t => new TagOnApi(t.Id, t.Slug, t.Name, t.Count))
            .ToListAsync(cancellationToken);
    }

    public Task<int?> SectionIdAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Sections.Where(s => s.Slug == slug).Select(s => (int?)s.Id).SingleOrDefaultAsync(cancellationToken);

    public Task<int?> TagIdAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Tags.Where(t => t.Slug == slug).Select(t => (int?)t.Id).SingleOrDefaultAsync(cancellationToken);

    public Task<int?> PersonIdAsync(string slug, CancellationToken cancellationToken = default) =>
        db.People.Where(p => p.Slug == slug).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
}

public sealed record EntryPage(IReadOnlyList<PublicationEntry> Items, ListingCursor? Next);

public sealed record PersonOnApi(int Id, string Slug, string Name, string? NameRu);

public sealed record TagOnApi(int Id, string Slug, string Name, int PublicationCount);
