namespace CstoPress.Core.Publications;

/// <summary>A copy of the editable text of a publication as one save left it: who, when, what.</summary>
public class PublicationRevision
{
    public long Id { get; set; }
    public int PublicationId { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public required string SavedBy { get; set; }
    public required string Title { get; set; }
    public string Lead { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>True for the automatic saves the editor makes while typing.</summary>
    public bool IsAutosave { get; set; }
}
