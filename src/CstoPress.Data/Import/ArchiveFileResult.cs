namespace CstoPress.Data.Import;

/// <summary>What became of one file: its outcome, and why it failed or needs review.</summary>
public sealed record ArchiveFileResult(
    string Name,
    ArchiveFileOutcome Outcome,
    string? Problem = null,
    string? ReviewReason = null,
    PublicationKind? Kind = null,
    string? KindReason = null)
{
    public bool NeedsReview => ReviewReason is not null;
}
