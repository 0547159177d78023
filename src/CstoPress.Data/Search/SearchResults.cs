using CstoPress.Core.Search;
using CstoPress.Data.Repositories;

namespace CstoPress.Data.Search;

/// <summary>One page of search results, how many match in all, and the cursors of the pages on either side.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, SearchCursor? Previous, SearchCursor? Next)
{
    public static readonly SearchResults None = new([], 0, null, null);

    public bool IsEmpty => Hits.Count == 0;
}

/// <summary>A found publication with the passage that matched, highlights marked.</summary>
public sealed record SearchHit(PublicationSummary Publication, IReadOnlyList<SnippetPart> Snippet);
