using CstoPress.Data.Repositories;

namespace CstoPress.Data.Search;

/// <summary>
/// Where the newest matches are read from: a window of the newest items, a longer one, or the whole
/// index of matches, decided here rather than by the planner's estimate.
/// </summary>
internal static class SearchWindows
{
    /// <summary>How many of the newest listed items are searched first: enough to fill the candidates for a word in a third of the archive.</summary>
    private const int RecentWindow = 3_000;

    /// <summary>How many times the first window the second may last. Past it, reading the whole index of matches costs no more.</summary>
    private const double LongestStretch = 10;

    /// <summary>How many more matches than needed the second window is stretched to hold, by the first window's count.</summary>
    private const double WindowMargin = 1.5;

    private const int RankedCandidates = SearchRepository.RankedCandidates;

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
    public static async Task<List<SearchCandidate>> NewestMatchesAsync(
        CstoPressDbContext db, DateTimeOffset now, IQueryable<Publication> filtered, string query, NamedPeople named, CancellationToken cancellationToken)
    {
        var matches = filtered.Where(SearchMatching.Matching(query, named));
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
    public static Task<List<SearchCandidate>> AllMatchesAsync(
        IQueryable<Publication> matches, string query, NamedPeople named, CancellationToken cancellationToken) =>
        SearchRanking.Ranked(matches.OrderByDescending(p => p.PublishedAt!.Value.DateTime).ThenByDescending(p => p.Id), query, named)
            .ToListAsync(cancellationToken);

    private static Task<List<SearchCandidate>> NewestAsync(
        IQueryable<Publication> matches, string query, NamedPeople named, CancellationToken cancellationToken) =>
        SearchRanking.Ranked(matches.NewestFirst(), query, named)
            .ToListAsync(cancellationToken);
}
