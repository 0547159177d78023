namespace CstoPress.Core.Import;

/// <summary>
/// A saved page read as text (line endings made '\n'), or the reason it could not be. Read from disk it
/// also carries the hash of its bytes, which tells a re-import whether the file changed.
/// </summary>
public sealed record ArchiveFileReading(string Name, string? Text, string? Problem, string? Hash = null)
{
    public bool IsReadable => Text is not null;

    public static ArchiveFileReading Failed(string name, string problem) => new(name, null, problem);
}
