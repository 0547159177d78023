namespace CstoPress.Core.Import;

/// <summary>A saved page turned into an <see cref="ArchivePage"/>, or the reason it holds no publication.</summary>
public sealed record ArchivePageReading(string Name, ArchivePage? Page, string? Problem)
{
    public static ArchivePageReading Failed(string name, string problem) => new(name, null, problem);
}
