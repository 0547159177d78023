namespace CstoPress.Data.Import;

/// <summary>The end of an import run: every file named under exactly one outcome, none left out.</summary>
public sealed class ArchiveImportSummary(IReadOnlyList<ArchiveFileResult> files, bool dryRun)
{
    public IReadOnlyList<ArchiveFileResult> Files { get; } = files;
    public bool DryRun { get; } = dryRun;

    public IReadOnlyList<ArchiveFileResult> Imported => With(ArchiveFileOutcome.Imported);
    public IReadOnlyList<ArchiveFileResult> Updated => With(ArchiveFileOutcome.Updated);
    public IReadOnlyList<ArchiveFileResult> Unchanged => With(ArchiveFileOutcome.Unchanged);
    public IReadOnlyList<ArchiveFileResult> Failed => With(ArchiveFileOutcome.Failed);

    /// <summary>Imported or updated items that became drafts for a person to look at (a subset of those two lists).</summary>
    public IReadOnlyList<ArchiveFileResult> NeedsReview =>
        [.. Files.Where(f => f.NeedsReview && f.Outcome is ArchiveFileOutcome.Imported or ArchiveFileOutcome.Updated)];

    public bool HasFailures => Files.Any(f => f.Outcome == ArchiveFileOutcome.Failed);

    private List<ArchiveFileResult> With(ArchiveFileOutcome outcome) => [.. Files.Where(f => f.Outcome == outcome)];
}
