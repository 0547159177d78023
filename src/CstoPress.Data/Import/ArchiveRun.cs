using CstoPress.Core.Import;

namespace CstoPress.Data.Import;

/// <summary>The outcome of every file of one run as it becomes known, and the progress reported on the way.</summary>
internal sealed class ArchiveRun(IReadOnlyList<string> paths, IProgress<ArchiveImportProgress>? progress)
{
    private readonly Dictionary<string, ArchiveFileResult> _results = new(StringComparer.Ordinal);
    private int _saved;

    public void Failed(string path, string name, string? problem) => _results[path] = new ArchiveFileResult(name, ArchiveFileOutcome.Failed, problem);

    public void Unchanged(ArchiveFile file) => _results[file.Path] = new ArchiveFileResult(file.Name, ArchiveFileOutcome.Unchanged);

    public void Saved(ArchiveFile file, ArchiveFileOutcome outcome, ArchivePage page, List<string> reviewReasons) =>
        _results[file.Path] = new ArchiveFileResult(
            file.Name, outcome, null, reviewReasons.Count == 0 ? null : string.Join("; ", reviewReasons), page.Kind, page.KindReason);

    public void ReportRead(int read) => progress?.Report(new ArchiveImportProgress(read, 0, paths.Count));

    public void ReportSaved(int items)
    {
        _saved += items;
        progress?.Report(new ArchiveImportProgress(paths.Count, _saved, paths.Count));
    }

    public void ReportFinished() => progress?.Report(new ArchiveImportProgress(paths.Count, paths.Count, paths.Count));

    public ArchiveImportSummary Summary(bool dryRun) => new([.. paths.Select(p => _results[p])], dryRun);
}
