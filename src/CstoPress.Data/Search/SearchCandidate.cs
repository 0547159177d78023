namespace CstoPress.Data.Search;

/// <summary>A match with what the results are ordered by: its rank, then its date.</summary>
internal sealed record SearchCandidate(int Id, DateTimeOffset? PublishedAt, double Rank);
