using System.Linq.Expressions;
using CstoPress.Core.Publications;
using CstoPress.Core.Search;
using CstoPress.Data.Repositories;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CstoPress.Data.Search;

/// <summary>
/// Full-text search of the archive, for the search page and the read API. PostgreSQL does the work:
/// the stored, weighted search_vector (title A, lead B, body C) is matched with websearch_to_tsquery
/// in each item's own language configuration, ranked with ts_rank_cd and excerpted with ts_headline.
/// Names, which stemming cannot help with (Zas / Zass), are also looked up by trigram similarity
/// among the people's names and spellings and in titles. Starts, like every public query, from
/// <see cref="PublicVisibility.Listed"/>.
/// </summary>
public sealed class SearchRepository(CstoPressDbContext db, TimeProvider time, PressOfficeTime pressOffice)
{
    /// <summary>pg_trgm's own default for word similarity: 'Zass' against 'Stanislav Zas' scores 0.6.</summary>
    private const double NameSimilarity = 0.6;

    /// <summary>A speech by or a text about the person searched for outranks a passing mention.</summary>
    private const double PersonBonus = 1.0;

    /// <summary>
    /// How many matches, newest first, are ranked and counted. Ranking reads every candidate's whole
    /// search vector, so a word found in half the archive would otherwise cost a pass over half the
    /// archive; for news, the best of the newest thousand matches is what a reader pages through anyway.
    /// </summary>
    public const int RankedCandidates = 1000;

    /// <summary>
    /// How many of the newest listed items are searched first, then second. The first fills the candidates
    /// for a word in a third of the archive, the second for a word in one item of thirty; each reads only
    /// the index entries and the matches within it.
    /// </summary>
    private static readonly int[] RecentWindows = [3_000, 30_000];

    /// <summary>Fewer matches than two pages of results: worth looking for other spellings too.</summary>
    private const int FewMatches = 20;

    /// <summary>How many titles close to a name are taken; a name that common is also found by its words.</summary>
    private const int TitlesByName = 200;

    private const string Vector = "SearchVector";

    public async Task<SearchResults> SearchAsync(
        SearchText text, SearchFilter filter, SearchCursor? cursor, int pageSize, CancellationToken cancellationToken = default)
    {
        if (SearchText.Read(text.Value, out var words) != SearchTextProblem.None || pageSize <= 0)
        {
            return SearchResults.None;
        }

        var query = words.Value;
        var filtered = Filtered(filter);
        List<int> ofPeople = [];
        List<int> foundByName = [];
        if (words.CouldBeAName)
        {
            var people = await PeopleNamedAsync(query, cancellationToken);
            ofPeople = people.Count > 0 ? await PublicationsOfPeopleAsync(people, cancellationToken) : [];
            foundByName = ofPeople;
        }

        var candidates = await NewestMatchesAsync(filtered.Where(Matching(query, foundByName)), cancellationToken);

        // Titles spelt close to the words are the way to a name or a word the archive spells otherwise.
        // When the words as typed already find plenty they add little, and for a common pair of words the
        // trigram lookup would be the costliest part of the search.
        if (words.CouldBeAName && candidates.Count < FewMatches)
        {
            var titles = await filtered
                .Where(p => EF.Functions.TrigramsAreStrictWordSimilar(query, p.Title))
                .Select(p => p.Id)
                .Take(TitlesByName)
                .ToListAsync(cancellationToken);
            if (titles.Except(foundByName).Any())
            {
                foundByName = foundByName.Union(titles).ToList();
                candidates = await NewestMatchesAsync(filtered.Where(Matching(query, foundByName)), cancellationToken);
            }
        }

        var total = candidates.Count;
        var offset = cursor?.Offset ?? 0;
        if (total == 0 || offset >= Math.Min(total, RankedCandidates))
        {
            return SearchResults.None with { Total = total };
        }

        var ranked = candidates.Take(RankedCandidates).ToList();
        var ids = await Ranked(db.Publications.AsNoTracking().Where(p => ranked.Contains(p.Id)), query, foundByName, ofPeople)
            .Skip(offset)
            .Take(pageSize)
            .Select(match => match.Id)
            .ToListAsync(cancellationToken);

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

    /// <summary>
    /// The newest <see cref="RankedCandidates"/> matches (one more, to know there are more), which are
    /// then ranked. PostgreSQL's estimate of how many items a query matches is poor for phrases and
    /// exclusions, and a wrong guess either walks the whole archive by date or reads every match of a
    /// common word; so the order is decided here, with the same answer either way. First the matches
    /// among the newest items of each of the <see cref="RecentWindows"/>, each a bounded piece of work
    /// whatever the words: for a common word the first is enough, for a less common one the second.
    /// Only otherwise is the whole index of matches read (sorting by an expression keeps the planner
    /// from walking the date index for it).
    /// </summary>
    private async Task<List<int>> NewestMatchesAsync(IQueryable<Publication> matches, CancellationToken cancellationToken)
    {
        var listed = db.Publications.AsNoTracking().Where(PublicVisibility.Listed(time.GetUtcNow()));
        foreach (var window in RecentWindows)
        {
            var windowStart = await listed
                .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
                .Skip(window)
                .Select(p => p.PublishedAt)
                .FirstOrDefaultAsync(cancellationToken);
            if (windowStart is not { } start)
            {
                break;
            }

            var recent = await matches.Where(p => p.PublishedAt >= start)
                .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
                .Take(RankedCandidates + 1)
                .Select(p => p.Id)
                .ToListAsync(cancellationToken);
            if (recent.Count > RankedCandidates)
            {
                return recent;
            }
        }

        return await matches
            .OrderByDescending(p => p.PublishedAt!.Value.UtcDateTime).ThenByDescending(p => p.Id)
            .Take(RankedCandidates + 1)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
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
    /// The speeches by and the items about these people, fetched apart by their indexes so that the
    /// search itself only asks for ids, which PostgreSQL combines with the full-text and trigram matches.
    /// </summary>
    private async Task<List<int>> PublicationsOfPeopleAsync(IReadOnlyList<int> people, CancellationToken cancellationToken)
    {
        var speeches = await db.Publications.AsNoTracking()
            .Where(p => p.Speech.SpeakerId != null && people.Contains(p.Speech.SpeakerId.Value))
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var about = await db.People.AsNoTracking()
            .Where(person => people.Contains(person.Id))
            .SelectMany(person => person.Publications.Select(p => p.Id))
            .ToListAsync(cancellationToken);
        return speeches.Union(about).ToList();
    }

    private IQueryable<Publication> Filtered(SearchFilter filter)
    {
        var query = db.Publications.AsNoTracking().Where(PublicVisibility.Listed(time.GetUtcNow()));
        if (filter.Language is { } language)
        {
            query = query.Where(p => p.Language == language);
        }

        if (filter.SectionId is { } sectionId)
        {
            query = query.Where(p => p.SectionId == sectionId);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (filter.Year is { } year and > 1 and < 9999)
        {
            var from = pressOffice.ToUtc(new DateTime(year, 1, 1));
            var until = pressOffice.ToUtc(new DateTime(year + 1, 1, 1));
            query = query.Where(p => p.PublishedAt >= from && p.PublishedAt < until);
        }

        if (filter.PersonId is { } personId)
        {
            query = query.Where(p => p.Speech.SpeakerId == personId || p.People.Any(person => person.Id == personId));
        }

        return query;
    }

    /// <summary>
    /// The query is parsed in both configurations and the two are OR-ed: each item's vector was built
    /// in its own language, so an English item is matched by the English parse and a Russian one by the
    /// Russian parse (for Latin words both parse alike). One condition on the vector lets PostgreSQL
    /// answer from the GIN index; a configuration chosen per row could not. Items found by name come as ids.
    /// </summary>
    private static Expression<Func<Publication, bool>> Matching(string query, List<int> foundByName) =>
        foundByName.Count == 0
            ? p => EF.Property<NpgsqlTsVector>(p, Vector).Matches(
                EF.Functions.WebSearchToTsQuery("english", query).Or(EF.Functions.WebSearchToTsQuery("russian", query)))
            : p => EF.Property<NpgsqlTsVector>(p, Vector).Matches(
                    EF.Functions.WebSearchToTsQuery("english", query).Or(EF.Functions.WebSearchToTsQuery("russian", query)))
                || foundByName.Contains(p.Id);

    /// <summary>
    /// Best first: ts_rank_cd weighs title hits over lead and body hits; an item found by name (a speech
    /// of the person, their name in the title) gets a bonus; newer first among equals.
    /// </summary>
    private static IQueryable<RankedMatch> Ranked(IQueryable<Publication> matches, string query, List<int> foundByName, List<int> ofPeople)
    {
        var ranked = foundByName.Count > 0
            ? matches.Select(p => new RankedMatch
            {
                Id = p.Id,
                PublishedAt = p.PublishedAt,
                Rank = EF.Property<NpgsqlTsVector>(p, Vector).RankCoverDensity(
                        EF.Functions.WebSearchToTsQuery("english", query).Or(EF.Functions.WebSearchToTsQuery("russian", query)))
                    + (foundByName.Contains(p.Id) ? EF.Functions.TrigramsStrictWordSimilarity(query, p.Title) : 0)
                    + (ofPeople.Contains(p.Id) ? PersonBonus : 0),
            })
            : matches.Select(p => new RankedMatch
            {
                Id = p.Id,
                PublishedAt = p.PublishedAt,
                Rank = EF.Property<NpgsqlTsVector>(p, Vector).RankCoverDensity(
                    EF.Functions.WebSearchToTsQuery("english", query).Or(EF.Functions.WebSearchToTsQuery("russian", query))),
            });
        return ranked.OrderByDescending(r => r.Rank).ThenByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id);
    }

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

    /// <summary>Built with an initializer, not a constructor, so that EF can still sort by its members.</summary>
    private sealed class RankedMatch
    {
        public int Id { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public double Rank { get; init; }
    }

    private sealed record MarkedSnippet(int Id, string Marked);
}
