using System.Linq.Expressions;
using CstoPress.Core.Publications;
using CstoPress.Core.Search;
using CstoPress.Data.Repositories;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace CstoPress.Data.Search;

/// <summary>
/// Full-text search of the archive, for the search page and the read API. PostgreSQL does the work:
/// the stored search_vector (title, lead and body) is matched with websearch_to_tsquery in each item's
/// own language configuration, the matches are ranked with ts_rank_cd over the title and lead, and
/// excerpted with ts_headline.
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
    /// How many matches, newest first, are ranked and counted. Ranking every match of a word found in
    /// half the archive would cost a pass over half the archive; for news, the best of the newest
    /// thousand matches is what a reader pages through anyway.
    /// </summary>
    public const int RankedCandidates = 1000;

    /// <summary>How many of the newest listed items are searched first: enough to fill the candidates for a word in a third of the archive.</summary>
    private const int RecentWindow = 3_000;

    /// <summary>How many times the first window the second may last. Past it, reading the whole index of matches costs no more.</summary>
    private const double LongestStretch = 10;

    /// <summary>How many more matches than needed the second window is stretched to hold, by the first window's count.</summary>
    private const double WindowMargin = 1.5;

    /// <summary>Fewer matches than two pages of results: worth looking for other spellings too.</summary>
    private const int FewMatches = 20;

    /// <summary>How many titles close to a name are taken; a name that common is also found by its words.</summary>
    private const int TitlesByName = 200;

    private const string Vector = "SearchVector";

    private const string RankVector = "TitleAndLeadVector";

    public async Task<SearchResults> SearchAsync(
        SearchText text, SearchFilter filter, SearchCursor? cursor, int pageSize, CancellationToken cancellationToken = default)
    {
        if (SearchText.Read(text.Value, out var words) != SearchTextProblem.None || pageSize <= 0)
        {
            return SearchResults.None;
        }

        // One connection for the handful of queries a search makes, rather than one from the pool for each.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await SearchOpenAsync(words, filter, cursor?.Offset ?? 0, pageSize, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<SearchResults> SearchOpenAsync(
        SearchText words, SearchFilter filter, int offset, int pageSize, CancellationToken cancellationToken)
    {
        var query = words.Value;
        var filtered = Filtered(filter);
        var named = NamedPeople.None;
        if (words.CouldBeAName && await PeopleNamedAsync(query, cancellationToken) is { Count: > 0 } people)
        {
            named = new NamedPeople([.. people], await PublicationsAboutAsync(people, cancellationToken), []);
        }

        var candidates = await NewestMatchesAsync(filtered, query, named, cancellationToken);

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
            if (titles.Except(candidates.Select(c => c.Id)).Any())
            {
                // Too few for any window to fill: the whole index of matches is what the windows would end at.
                named = named with { Titled = titles };
                candidates = await AllMatchesAsync(filtered.Where(Matching(query, named)), query, named, cancellationToken);
            }
        }

        var total = candidates.Count;
        if (total == 0 || offset >= Math.Min(total, RankedCandidates))
        {
            return SearchResults.None with { Total = total };
        }

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

    /// <summary>
    /// The newest <see cref="RankedCandidates"/> matches (one more, to know there are more), each with
    /// its rank. PostgreSQL's estimate of how many items a query matches is poor for phrases and
    /// exclusions, and a wrong guess either walks the whole archive by date or reads every match of a
    /// common word; so the order is decided here, with the same answer either way. First the matches
    /// among the newest <see cref="RecentWindow"/> items, a bounded piece of work whatever the words,
    /// and enough for a common word. From how many it found follows how long a window is likely to hold
    /// enough; if that is longer than <see cref="LongestStretch"/> times the first, the whole index of
    /// matches is read at once.
    /// </summary>
    private async Task<List<Candidate>> NewestMatchesAsync(
        IQueryable<Publication> filtered, string query, NamedPeople named, CancellationToken cancellationToken)
    {
        var matches = filtered.Where(Matching(query, named));
        var now = time.GetUtcNow();
        var recentStart = await db.Publications.AsNoTracking()
            .Where(PublicVisibility.Listed(now))
            .NewestFirst()
            .Skip(RecentWindow)
            .Select(p => p.PublishedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (recentStart is { } start)
        {
            var recent = await NewestAsync(matches.Where(p => p.PublishedAt >= start), query, named, cancellationToken);
            if (recent.Count > RankedCandidates)
            {
                return recent;
            }

            // The longer window is measured in time rather than counted out, which would cost a walk over
            // its index entries, and is stretched as far as the matches found so far say it takes to
            // find enough, with a margin: the press office publishes at a steady enough pace, and a window
            // that holds too few only means the whole index is read after all.
            var stretch = (RankedCandidates + 1) * WindowMargin / Math.Max(recent.Count, 1);
            if (stretch <= LongestStretch)
            {
                var longerStart = now - ((now - start) * Math.Max(stretch, 2));
                var older = await NewestAsync(
                    matches.Where(p => p.PublishedAt >= longerStart && p.PublishedAt < start), query, named, cancellationToken);
                if (recent.Count + older.Count > RankedCandidates)
                {
                    return [.. recent, .. older];
                }
            }
        }

        return await AllMatchesAsync(matches, query, named, cancellationToken);
    }

    /// <summary>
    /// The newest matches from the whole index of matches, sorted by the date as a plain timestamp, which
    /// no index holds: a phrase or an exclusion matches few items but is estimated to match many, and
    /// would otherwise send the planner walking the whole date index, reading every item's vector on the way.
    /// </summary>
    private static Task<List<Candidate>> AllMatchesAsync(
        IQueryable<Publication> matches, string query, NamedPeople named, CancellationToken cancellationToken) =>
        Ranked(matches.OrderByDescending(p => p.PublishedAt!.Value.DateTime).ThenByDescending(p => p.Id), query, named)
            .ToListAsync(cancellationToken);

    private static Task<List<Candidate>> NewestAsync(
        IQueryable<Publication> matches, string query, NamedPeople named, CancellationToken cancellationToken) =>
        Ranked(matches.NewestFirst(), query, named)
            .ToListAsync(cancellationToken);

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

    private IQueryable<Publication> Filtered(SearchFilter filter) =>
        db.Publications.AsNoTracking().Where(PublicVisibility.Listed(time.GetUtcNow())).NarrowedBy(filter.Narrowing(pressOffice));

    /// <summary>
    /// The query is parsed in both configurations and the two are OR-ed: each item's vector was built
    /// in its own language, so an English item is matched by the English parse and a Russian one by the
    /// Russian parse. Words in Latin letters parse alike in both (the Russian configuration stems them
    /// as English), and the English parse alone spares the index half its work. One condition on the
    /// vector lets PostgreSQL answer from the GIN index; a configuration chosen per row could not.
    /// Items found by name are the named people's speeches, the items about them and the titles spelt
    /// close to the words.
    /// </summary>
    private static Expression<Func<Publication, bool>> Matching(string query, NamedPeople named)
    {
        var parsesAlike = ParsesAlike(query);
        return named.IsEmpty
            ? p => EF.Property<NpgsqlTsVector>(p, Vector).Matches(parsesAlike
                ? EF.Functions.WebSearchToTsQuery("english", query)
                : EF.Functions.WebSearchToTsQuery("english", query).Or(EF.Functions.WebSearchToTsQuery("russian", query)))
            : p => EF.Property<NpgsqlTsVector>(p, Vector).Matches(parsesAlike
                    ? EF.Functions.WebSearchToTsQuery("english", query)
                    : EF.Functions.WebSearchToTsQuery("english", query).Or(EF.Functions.WebSearchToTsQuery("russian", query)))
                || (p.Speech.SpeakerId != null && named.People.Contains(p.Speech.SpeakerId.Value))
                || named.About.Contains(p.Id)
                || named.Titled.Contains(p.Id);
    }

    /// <summary>
    /// The first <see cref="RankedCandidates"/> (and one) of the ordered matches, each with its rank:
    /// ts_rank_cd over the title (weight A) and lead (B), so a title hit outranks a lead hit and both
    /// outrank an item that has the words only in its body. A speech of or an item about a named person
    /// gets a bonus; an item found by a title spelt close to the words, one for how close. (Measuring
    /// that for each of a person's many speeches would cost more than the rest of the search.)
    /// </summary>
    private static IQueryable<Candidate> Ranked(IOrderedQueryable<Publication> matches, string query, NamedPeople named)
    {
        var parsesAlike = ParsesAlike(query);
        var newest = matches.Take(RankedCandidates + 1);
        return named.IsEmpty
            ? newest.Select(p => new Candidate(
                p.Id,
                p.PublishedAt,
                EF.Property<NpgsqlTsVector>(p, RankVector).RankCoverDensity(parsesAlike
                    ? EF.Functions.WebSearchToTsQuery("english", query)
                    : EF.Functions.WebSearchToTsQuery("english", query).Or(EF.Functions.WebSearchToTsQuery("russian", query)))))
            : newest.Select(p => new Candidate(
                p.Id,
                p.PublishedAt,
                EF.Property<NpgsqlTsVector>(p, RankVector).RankCoverDensity(parsesAlike
                        ? EF.Functions.WebSearchToTsQuery("english", query)
                        : EF.Functions.WebSearchToTsQuery("english", query).Or(EF.Functions.WebSearchToTsQuery("russian", query)))
                    + ((p.Speech.SpeakerId != null && named.People.Contains(p.Speech.SpeakerId.Value)) || named.About.Contains(p.Id)
                        ? PersonBonus
                        : named.Titled.Contains(p.Id) ? EF.Functions.TrigramsStrictWordSimilarity(query, p.Title) : 0)));
    }

    /// <summary>Whether the words parse alike in English and Russian: so they do when every letter is in ASCII.</summary>
    private static bool ParsesAlike(string query) => query.All(char.IsAscii);

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

    private sealed record Candidate(int Id, DateTimeOffset? PublishedAt, double Rank);

    /// <summary>The people the words may name, the items about them, and the items whose titles spell the words closely.</summary>
    private sealed record NamedPeople(List<int> People, List<int> About, List<int> Titled)
    {
        public static readonly NamedPeople None = new([], [], []);

        public bool IsEmpty => People.Count == 0 && Titled.Count == 0;
    }

    private sealed record MarkedSnippet(int Id, string Marked);
}
