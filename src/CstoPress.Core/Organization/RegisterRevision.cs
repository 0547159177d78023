namespace CstoPress.Core.Organization;

/// <summary>
/// A register entry as one save of it left it, once the public could see it: who, when, and the entry written
/// out as text (<see cref="RegisterSnapshots"/>), so any two versions can be compared line by line.
/// </summary>
public class RegisterRevision
{
    public long Id { get; set; }
    public RegisterEntryKind Kind { get; set; }
    public int EntryId { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public required string SavedBy { get; set; }

    /// <summary>What the entry was called then: a symbol, a meeting's number, a body's name.</summary>
    public required string Title { get; set; }
    public string Content { get; set; } = "";
}
