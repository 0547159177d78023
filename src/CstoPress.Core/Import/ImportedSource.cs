namespace CstoPress.Core.Import;

/// <summary>
/// One file of the archive and the publication it became. The key (the file's name) makes a
/// re-import find its item again; the hash of the bytes tells whether the file changed since.
/// </summary>
public class ImportedSource
{
    public int Id { get; set; }
    public required string ImportKey { get; set; }
    public required string ContentHash { get; set; }
    public int PublicationId { get; set; }
    public Publication? Publication { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
