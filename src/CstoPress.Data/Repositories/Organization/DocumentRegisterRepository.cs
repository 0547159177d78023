namespace CstoPress.Data.Repositories.Organization;

/// <summary>The public's questions about the register of documents: the list, one document by its symbol, its files.</summary>
public sealed class DocumentRegisterRepository(CstoPressDbContext db, TimeProvider time)
{
    /// <summary>A register page shows at most this many; narrowing by type or body finds the rest.</summary>
    public const int RegisterPageSize = 200;

    private IQueryable<Document> Listed => db.Documents.AsNoTracking().Where(PublicVisibility.DocumentListed);

    public async Task<IReadOnlyList<DocumentLine>> RegisterAsync(
        DocumentType? type, string? bodySlug, ContentLanguage language, CancellationToken cancellationToken = default)
    {
        var query = Listed;
        if (type is { } wanted)
        {
            query = query.Where(d => d.Type == wanted);
        }

        if (!string.IsNullOrEmpty(bodySlug))
        {
            query = query.Where(d => d.Body != null && d.Body.Slug == bodySlug);
        }

        return await query.NewestFirst().Take(RegisterPageSize).DocumentLines(language).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The document a symbol names, however it was typed (<see cref="DocumentSymbols.KeyOf"/>), when the public may
    /// see it; the page redirects to the symbol as the register writes it.
    /// </summary>
    public async Task<DocumentPage?> BySymbolAsync(string symbol, ContentLanguage language, CancellationToken cancellationToken = default)
    {
        var key = DocumentSymbols.KeyOf(symbol);
        var document = await Listed
            .Include(d => d.Body)
            .Include(d => d.Versions)
            .Include(d => d.Steps).ThenInclude(s => s.Meeting!).ThenInclude(m => m.Body)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.SymbolKey == key, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var files = await db.DocumentFiles.AsNoTracking()
            .Where(f => db.DocumentVersions.Any(v => v.Id == f.DocumentVersionId && v.DocumentId == document.Id))
            .OrderBy(f => f.Id)
            .Select(f => new DocumentFileLine(f.Id, f.DocumentVersionId, f.FileName, f.Format, f.Size))
            .ToListAsync(cancellationToken);
        var news = await PublicationRepository.Summaries(db.Documents.Where(d => d.Id == document.Id).SelectMany(d => d.News)
                .Where(PublicVisibility.Listed(time.GetUtcNow())).NewestFirst())
            .ToListAsync(cancellationToken);
        return new DocumentPage(document, files, news);
    }

    /// <summary>An attached file, only when its document is public: a draft's file cannot be fetched by guessing its id.</summary>
    public Task<DocumentFileDownload?> FileAsync(int id, CancellationToken cancellationToken = default) =>
        db.DocumentFiles.AsNoTracking()
            .Where(f => f.Id == id)
            .Where(f => db.DocumentVersions.Any(v => v.Id == f.DocumentVersionId && Listed.Any(d => d.Id == v.DocumentId)))
            .Select(f => new DocumentFileDownload(f.FileName, f.Format, f.Content))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The public documents and meetings a publication reports on.</summary>
    public async Task<RegisterLinks> LinkedToPublicationAsync(int publicationId, ContentLanguage language, CancellationToken cancellationToken = default)
    {
        var documents = await Listed.Where(d => d.News.Any(p => p.Id == publicationId))
            .NewestFirst().DocumentLines(language).ToListAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(PublicVisibility.MeetingListed)
            .Where(m => m.News.Any(p => p.Id == publicationId))
            .OrderByDescending(m => m.StartsOn)
            .MeetingLines().ToListAsync(cancellationToken);
        return new RegisterLinks(documents, meetings);
    }
}
