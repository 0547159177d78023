namespace CstoPress.Core.Auditing;

/// <summary>Who did what to which item, and when. Written once, never edited.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Subject { get; set; }
    public int? PublicationId { get; set; }

    /// <summary>The register entry it was done to (a document, a meeting, a body), when it was one.</summary>
    public Organization.RegisterEntryKind? RegisterKind { get; set; }
    public int? RegisterEntryId { get; set; }
    public string? Details { get; set; }
}
