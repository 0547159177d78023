namespace CstoPress.Core.Import;

/// <summary>
/// What a run does with each page: a file never imported becomes a new item, a known file whose bytes
/// changed updates its item, and a known file with the same bytes is left alone.
/// </summary>
public sealed class ArchiveChanges
{
    public List<(ArchiveFile File, ArchivePage Page)> Fresh { get; } = [];
    public List<(ArchiveFile File, ArchivePage Page, ImportedSource Source)> Changed { get; } = [];
    public List<ArchiveFile> Unchanged { get; } = [];

    /// <summary>The pages to be saved, new and changed alike.</summary>
    public IEnumerable<ArchivePage> PagesToSave => Fresh.Select(f => f.Page).Concat(Changed.Select(c => c.Page));

    /// <param name="known">The import records of earlier runs, by file name.</param>
    public static ArchiveChanges Sort(IEnumerable<(ArchiveFile File, ArchivePage Page)> pages, IReadOnlyDictionary<string, ImportedSource> known)
    {
        var changes = new ArchiveChanges();
        foreach (var (file, page) in pages)
        {
            if (!known.TryGetValue(file.Name, out var source))
            {
                changes.Fresh.Add((file, page));
            }
            else if (source.ContentHash == file.Hash)
            {
                changes.Unchanged.Add(file);
            }
            else
            {
                changes.Changed.Add((file, page, source));
            }
        }

        return changes;
    }
}
