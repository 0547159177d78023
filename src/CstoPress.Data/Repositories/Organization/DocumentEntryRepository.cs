namespace CstoPress.Data.Repositories.Organization;

/// <summary>
/// Register documents whole, for the read API and the feeds of the register. Starts, like every public query,
/// from <see cref="PublicVisibility.DocumentListed"/>: a draft or an entry in review is in no answer.
/// </summary>
public sealed class DocumentEntryRepository(CstoPressDbContext db, TimeProvider time)
{
    private IQueryable<Document> Listed => db.Documents.AsNoTracking().Where(PublicVisibility.DocumentListed);

    /// <summary>
    /// A page of the register, the latest entered first, continuing below the id of <paramref name="before"/>:
    /// ids never change, so a page does not shift when a document is added or its steps recorded.
    /// </summary>
    public async Task<DocumentEntryPage> PageAsync(DocumentNarrowing narrowing, int? before, int limit, CancellationToken cancellationToken = default)
    {
        var query = Listed.NarrowedBy(narrowing);
        if (before is { } below)
        {
            query = query.Where(d => d.Id < below);
        }

        var ids = await query.OrderByDescending(d => d.Id).Select(d => d.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var items = await InOrderAsync(ids.Take(limit).ToList(), cancellationToken);
        return new DocumentEntryPage(items, ids.Count > limit ? ids[limit - 1] : null);
    }

    public async Task<DocumentEntry?> BySymbolAsync(string symbol, CancellationToken cancellationToken = default)
    {
        var key = DocumentSymbols.KeyOf(symbol);
        var id = await Listed.Where(d => d.SymbolKey == key).Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
        var found = id is null ? [] : await InOrderAsync([id.Value], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>What the register's feeds carry: the documents whose entry changed last (a new one, a step recorded), newest first.</summary>
    public async Task<IReadOnlyList<DocumentEntry>> LatestAsync(int count, CancellationToken cancellationToken = default)
    {
        var ids = await Listed.OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id)
            .Select(d => d.Id).Take(count).ToListAsync(cancellationToken);
        return await InOrderAsync(ids, cancellationToken);
    }

    /// <summary>The documents of these ids (all listed), in the order given: a search's ranking, a page's.</summary>
    public async Task<IReadOnlyList<DocumentEntry>> InOrderAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var documents = await Listed.Where(d => ids.Contains(d.Id))
            .Include(d => d.Body)
            .Include(d => d.Versions)
            .Include(d => d.Steps).ThenInclude(s => s.Meeting!).ThenInclude(m => m.Body)
            .AsSplitQuery()
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var files = await db.DocumentVersions.AsNoTracking()
            .Where(v => ids.Contains(v.DocumentId))
            .SelectMany(v => v.Files.Select(f => new { v.DocumentId, Line = new DocumentFileLine(f.Id, f.DocumentVersionId, f.FileName, f.Format, f.Size) }))
            .ToListAsync(cancellationToken);
        var listedNews = db.Publications.AsNoTracking().Where(PublicVisibility.Listed(time.GetUtcNow()));
        var news = await (
                from d in db.Documents.AsNoTracking()
                where ids.Contains(d.Id)
                from p in d.News
                join listed in listedNews on p.Id equals listed.Id
                orderby listed.PublishedAt descending
                select new DocumentNewsLine(d.Id, listed.Slug, listed.Title, listed.Language, listed.PublishedAt!.Value))
            .ToListAsync(cancellationToken);
        return [.. ids.Where(documents.ContainsKey).Select(id => new DocumentEntry(
            documents[id],
            [.. files.Where(f => f.DocumentId == id).Select(f => f.Line).OrderBy(f => f.Id)],
            [.. news.Where(n => n.DocumentId == id)]))];
    }
}
