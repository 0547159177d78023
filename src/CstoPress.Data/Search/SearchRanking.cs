using NpgsqlTypes;

namespace CstoPress.Data.Search;

/// <summary>How a match is ranked, in the query that finds it, so the candidates are read once.</summary>
internal static class SearchRanking
{
    /// <summary>A speech by or a text about the person searched for outranks a passing mention.</summary>
    private const double PersonBonus = 1.0;

    private const string RankVector = "TitleAndLeadVector";

    /// <summary>
    /// The first <see cref="SearchRepository.RankedCandidates"/> (and one) of the ordered matches, each with its rank:
    /// ts_rank_cd over the title (weight A) and lead (B), so a title hit outranks a lead hit and both
    /// outrank an item that has the words only in its body. A speech of or an item about a named person
    /// gets a bonus; an item found by a title spelt close to the words, one for how close. (Measuring
    /// that for each of a person's many speeches would cost more than the rest of the search.)
    /// </summary>
    public static IQueryable<SearchCandidate> Ranked(IOrderedQueryable<Publication> matches, string query, NamedPeople named)
    {
        var parsesAlike = SearchMatching.ParsesAlike(query);
        var newest = matches.Take(SearchRepository.RankedCandidates + 1);
        return named.IsEmpty
            ? newest.Select(p => new SearchCandidate(
                p.Id,
                p.PublishedAt,
                EF.Property<NpgsqlTsVector>(p, RankVector).RankCoverDensity(parsesAlike
                    ? EF.Functions.WebSearchToTsQuery("english", query)
                    : EF.Functions.WebSearchToTsQuery("english", query).Or(EF.Functions.WebSearchToTsQuery("russian", query)))))
            : newest.Select(p => new SearchCandidate(
                p.Id,
                p.PublishedAt,
                EF.Property<NpgsqlTsVector>(p, RankVector).RankCoverDensity(parsesAlike
                        ? EF.Functions.WebSearchToTsQuery("english", query)
                        : EF.Functions.WebSearchToTsQuery("english", query).Or(EF.Functions.WebSearchToTsQuery("russian", query)))
                    + ((p.Speech.SpeakerId != null && named.People.Contains(p.Speech.SpeakerId.Value)) || named.About.Contains(p.Id)
                        ? PersonBonus
                        : named.Titled.Contains(p.Id) ? EF.Functions.TrigramsStrictWordSimilarity(query, p.Title) : 0)));
    }
}
