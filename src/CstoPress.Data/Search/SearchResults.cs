using CstoPress.Core.Search;
using CstoPress.Data.Repositories;

namespace CstoPress.Data.Search;

/// <summary>
/// One page of search results, how many match in all (counted up to just past
/// <see cref="SearchRepository.RankedCandidates"/>), and the cursors of the pages on either side.
/// </summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, SearchCursor? Previous, SearchCursor? Next)
{
    public static readonly SearchResults None = new([], 0, null, null);

    public bool IsEmpty => Hits.Count == 0;

    /// <summary>More matched than are ranked: only the newest <see cref="SearchRepository.RankedCandidates"/> are.</summary>
    public bool IsTotalCapped => Total > SearchRepository.RankedCandidates;
}

/// <summary>A found publication with the passage that matched, highlights marked.</summary>
public sealed record SearchHit(PublicationSummary Publication, IReadOnlyList<SnippetPart> Snippet);
