using CstoPress.Core.Search;
using CstoPress.Data.Configurations.Organization;
using CstoPress.Data.Repositories.Organization;
using NpgsqlTypes;

namespace CstoPress.Data.Search;

/// <summary>
/// The register's documents found by the words of a search, beside the publications: the stored search_vector of
/// each version (title and official text, in its language's configuration) matched with websearch_to_tsquery in
/// both configurations, as publications are; and, when the words hold a digit, the symbol however it was typed
/// (<see cref="DocumentSymbols.KeyOf"/>), so 'csto/pc/2024/3' finds CSTO/PC/2024/3. A symbol found comes first, then
/// the best ranked (ts_rank_cd), then the newest adopted. Only what <see cref="PublicVisibility.DocumentListed"/> lets through.
/// </summary>
public sealed class DocumentSearchRepository(CstoPressDbContext db)
{
    /// <summary>The register is small beside the archive: its matches are ranked whole, up to this many.</summary>
    public const int MostFound = 200;

    /// <summary>The documents found, best first, as a list shows them in <paramref name="shownIn"/>.</summary>
    public async Task<IReadOnlyList<DocumentLine>> SearchAsync(
        SearchText text, DocumentNarrowing narrowing, ContentLanguage shownIn, int limit, CancellationToken cancellationToken = default) =>
        SearchText.Read(text.Value, out var words) != SearchTextProblem.None || limit <= 0
            ? []
            : await Found(words.Value, narrowing).Take(Math.Min(limit, MostFound)).DocumentLines(shownIn).ToListAsync(cancellationToken);

    /// <summary>The ids of one page of the documents found, best first, for the read API.</summary>
    public async Task<IReadOnlyList<int>> SearchIdsAsync(
        SearchText text, DocumentNarrowing narrowing, int offset, int limit, CancellationToken cancellationToken = default) =>
        SearchText.Read(text.Value, out var words) != SearchTextProblem.None || limit <= 0 || offset >= MostFound
            ? []
            : await Found(words.Value, narrowing).Skip(offset).Take(Math.Min(limit, MostFound - offset)).Select(d => d.Id).ToListAsync(cancellationToken);

    private IQueryable<Document> Found(string query, DocumentNarrowing narrowing)
    {
        var versions = db.DocumentVersions.AsNoTracking()
            .Where(v => EF.Property<NpgsqlTsVector>(v, DocumentVersionConfiguration.SearchVector)
                .Matches(EF.Functions.WebSearchToTsQuery("english", query).Or(EF.Functions.WebSearchToTsQuery("russian", query))));
        if (narrowing.Language is { } language)
        {
            versions = versions.Where(v => v.Language == language);
        }

        var matched = versions.Select(v => v.DocumentId);
        var bySymbol = query.Any(char.IsDigit);
        var key = DocumentSymbols.KeyOf(query);
        return db.Documents.AsNoTracking()
            .Where(PublicVisibility.DocumentListed)
            .NarrowedBy(narrowing)
            .Where(d => matched.Contains(d.Id) || (bySymbol && d.SymbolKey.Contains(key)))
            .OrderByDescending(d => bySymbol && d.SymbolKey == key)
            .ThenByDescending(d => bySymbol && d.SymbolKey.StartsWith(key))
            .ThenByDescending(d => db.DocumentVersions
                .Where(v => v.DocumentId == d.Id)
                .Max(v => (float?)EF.Property<NpgsqlTsVector>(v, DocumentVersionConfiguration.SearchVector)
                    .RankCoverDensity(EF.Functions.WebSearchToTsQuery("english", query).Or(EF.Functions.WebSearchToTsQuery("russian", query)))))
            .ThenByDescending(d => d.Steps.Where(s => s.Stage == DocumentStage.Adopted).Max(s => (DateOnly?)s.On))
            .ThenByDescending(d => d.Id);
    }
}
