namespace CstoPress.Core.Import;

/// <summary>
/// The files of one run, read, checked and split on every core: those that can be parsed, and the
/// others with their problem, keyed by path. A name met twice fails from its second file on.
/// </summary>
public sealed class ArchiveRunFiles
{
    private ArchiveRunFiles(List<ArchiveFile> readable, Dictionary<string, ArchiveFileReading> unreadable)
    {
        Readable = readable;
        Unreadable = unreadable;
    }

    public IReadOnlyList<ArchiveFile> Readable { get; }

    /// <summary>The files that cannot be imported, by path; the reading names the file and its problem.</summary>
    public IReadOnlyDictionary<string, ArchiveFileReading> Unreadable { get; }

    public static ArchiveRunFiles Read(IReadOnlyList<string> paths)
    {
        var unreadable = new Dictionary<string, ArchiveFileReading>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<string>(paths.Count);
        foreach (var path in paths)
        {
            if (names.Add(Path.GetFileName(path)))
            {
                unique.Add(path);
            }
            else
            {
                // The name is the file's identity across runs: two files of one name cannot both keep it.
                unreadable[path] = ArchiveFileReading.Failed(path, $"another file of this run is also named '{Path.GetFileName(path)}'");
            }
        }

        var readable = new List<ArchiveFile>(unique.Count);
        foreach (var (path, file, failure) in unique.AsParallel().AsOrdered().Select(ReadOne))
        {
            if (file is not null)
            {
                readable.Add(file);
            }
            else
            {
                unreadable[path] = failure!;
            }
        }

        return new ArchiveRunFiles(readable, unreadable);
    }

    /// <summary>Splitting happens here, on the reading core, not after the files are gathered.</summary>
    private static (string Path, ArchiveFile? File, ArchiveFileReading? Failure) ReadOne(string path)
    {
        var reading = ArchiveFileReader.ReadFrom(path);
        return reading is { Text: { } text, Hash: { } hash }
            ? (path, new ArchiveFile(path, reading.Name, hash, ArchiveParagraph.Split(text)), null)
            : (path, null, reading);
    }
}
