using CstoPress.Core.Search;
using CstoPress.Data.Repositories;
using CstoPress.Data.Repositories.Editorial;

namespace CstoPress.Data.Search;

/// <summary>
/// Full-text search of the archive, for the search page and the read API. PostgreSQL does the work:
/// the stored search_vector (title, lead and body) is matched with websearch_to_tsquery in each item's
/// own language configuration (<see cref="SearchMatching"/>), the matches are read newest first
/// (<see cref="SearchWindows"/>), ranked with ts_rank_cd over the title and lead (<see cref="SearchRanking"/>),
/// and excerpted with ts_headline.
/// Names, which stemming cannot help with (Zas / Zass), are also looked up by trigram similarity
/// among the people's names and spellings and in titles. Starts, like every public query, from
/// <see cref="PublicVisibility.Listed"/>.
/// </summary>
public sealed class SearchRepository(CstoPressDbContext db, TimeProvider time, PressOfficeTime pressOffice)
{
    /// <summary>pg_trgm's own default for word similarity: 'Zass' against 'Stanislav Zas' scores 0.6.</summary>
    private const double NameSimilarity = 0.6;

    /// <summary>
    /// How many matches, newest first, are ranked and counted. Ranking every match of a word found in
    /// half the archive would cost a pass over half the archive; for news, the best of the newest
    /// thousand matches is what a reader pages through anyway.
    /// </summary>
    public const int RankedCandidates = 1000;

    /// <summary>Fewer matches than two pages of results: worth looking for other spellings too.</summary>
    private const int FewMatches = 20;

    /// <summary>How many titles close to a name are taken; a name that common is also found by its words.</summary>
    private const int TitlesByName = 200;

    public async Task<SearchResults> SearchAsync(
        SearchText text, SearchFilter filter, SearchCursor? cursor, int pageSize, CancellationToken cancellationToken = default)
    {
        if (SearchText.Read(text.Value, out var words) != SearchTextProblem.None || pageSize <= 0)
        {
            return SearchResults.None;
        }

        // One connection and one transaction for the handful of queries a search makes. Statements
        // are prepared once they repeat, and after five runs PostgreSQL may keep one generic plan for all
        // words and windows: its guess of how many items any word matches is a few thousand, so for every
        // word it intersects the whole index of matches with the window, which for a word in half of a
        // million items took 180 ms where reading the window newest first took 8. The words and the window
        // decide the plan, so each search is planned for its own.
        return await db.InOneTransactionAsync(async ct =>
        {
            await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_custom_plan", ct);
            return await SearchOpenAsync(words, filter, cursor?.Offset ?? 0, pageSize, ct);
        }, cancellationToken);
    }

    private async Task<SearchResults> SearchOpenAsync(
        SearchText words, SearchFilter filter, int offset, int pageSize, CancellationToken cancellationToken)
    {
        var query = words.Value;
        var filtered = db.Publications.AsNoTracking()
            .Where(PublicVisibility.Listed(time.GetUtcNow()))
            .NarrowedBy(filter.Narrowing(pressOffice));
        var named = NamedPeople.None;
        if (words.CouldBeAName && await PeopleNamedAsync(query, cancellationToken) is { Count: > 0 } people)
        {
            named = new NamedPeople([.. people], await PublicationsAboutAsync(people, cancellationToken), []);
        }

        var candidates = await SearchWindows.NewestMatchesAsync(db, time.GetUtcNow(), filtered, query, named, cancellationToken);

        // Titles spelt close to the words are the way to a name or a word the archive spells otherwise.
        // When the words as typed already find plenty they add little, and for a common pair of words the
        // trigram lookup would be the costliest part of the search.
        if (words.CouldBeAName && candidates.Count < FewMatches)
        {
            candidates = await WithTitlesSpeltCloseAsync(filtered, query, named, candidates, cancellationToken);
        }

        var total = candidates.Count;
        if (total == 0 || offset >= Math.Min(total, RankedCandidates))
        {
            return SearchResults.None with { Total = total };
        }

        return await PageAsync(candidates, query, total, offset, pageSize, cancellationToken);
    }

    private static async Task<List<SearchCandidate>> WithTitlesSpeltCloseAsync(
        IQueryable<Publication> filtered, string query, NamedPeople named, List<SearchCandidate> candidates, CancellationToken cancellationToken)
    {
        var titles = await filtered
            .Where(p => EF.Functions.TrigramsAreStrictWordSimilar(query, p.Title))
            .Select(p => p.Id)
            .Take(TitlesByName)
            .ToListAsync(cancellationToken);
        if (!titles.Except(candidates.Select(c => c.Id)).Any())
        {
            return candidates;
        }

        // Too few for any window to fill: the whole index of matches is what the windows would end at.
        named = named with { Titled = titles };
        return await SearchWindows.AllMatchesAsync(filtered.Where(SearchMatching.Matching(query, named)), query, named, cancellationToken);
    }

    private async Task<SearchResults> PageAsync(
        List<SearchCandidate> candidates, string query, int total, int offset, int pageSize, CancellationToken cancellationToken)
    {
        // Best first: the rank, then newer first among equals. A thousand pairs sort in no time here,
        // where asking PostgreSQL would mean reading the candidates a second time.
        var ids = candidates.Take(RankedCandidates)
            .OrderByDescending(c => c.Rank).ThenByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id)
            .Skip(offset)
            .Take(pageSize)
            .Select(c => c.Id)
            .ToList();

        var summaries = await PublicationRepository.Summaries(db.Publications.AsNoTracking().Where(p => ids.Contains(p.Id)))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var snippets = await Snippets(ids, query).ToDictionaryAsync(s => s.Id, s => s.Marked, cancellationToken);

        var hits = ids.Where(summaries.ContainsKey)
            .Select(id => new SearchHit(summaries[id], Highlighting.Parts(snippets.GetValueOrDefault(id))))
            .ToList();
        var next = offset + pageSize;
        return new SearchResults(
            hits,
            total,
            offset > 0 ? new SearchCursor(Math.Max(0, offset - pageSize)) : null,
            next < Math.Min(total, RankedCandidates) ? new SearchCursor(next) : null);
    }

    /// <summary>The people known under a spelling close to <paramref name="name"/>: their name in either language or a variant.</summary>
    public async Task<IReadOnlyList<int>> PeopleNamedAsync(string name, CancellationToken cancellationToken = default) =>
        await db.People.AsNoTracking()
            .Where(p => EF.Functions.TrigramsWordSimilarity(name, p.Name) >= NameSimilarity
                || EF.Functions.TrigramsWordSimilarity(name, p.NameRu ?? "") >= NameSimilarity
                || p.NameVariants.Any(variant => EF.Functions.TrigramsWordSimilarity(name, variant) >= NameSimilarity))
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The items about these people. Their speeches are found by the speaker's index within the search
    /// itself, which keeps to the window; the items about them are few enough to be handed over as ids.
    /// </summary>
    private async Task<List<int>> PublicationsAboutAsync(IReadOnlyList<int> people, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking()
            .Where(person => people.Contains(person.Id))
            .SelectMany(person => person.Publications.Select(p => p.Id))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// ts_headline is slow on long texts, so it runs only for the page's few items. The marks it puts
    /// around matches are removed from the text first, so the text cannot open or close one itself.
    /// </summary>
    private IQueryable<MarkedSnippet> Snippets(List<int> ids, string query) =>
        db.Publications.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new MarkedSnippet(
                p.Id,
                p.Language == ContentLanguage.Ru
                    ? EF.Functions.WebSearchToTsQuery("russian", query)
                        .GetResultHeadline("russian", (p.Lead + "\n" + p.Body).Replace(Highlighting.Start.ToString(), "").Replace(Highlighting.Stop.ToString(), ""), Highlighting.HeadlineOptions)
                    : EF.Functions.WebSearchToTsQuery("english", query)
                        .GetResultHeadline("english", (p.Lead + "\n" + p.Body).Replace(Highlighting.Start.ToString(), "").Replace(Highlighting.Stop.ToString(), ""), Highlighting.HeadlineOptions)));

    private sealed record MarkedSnippet(int Id, string Marked);
}
