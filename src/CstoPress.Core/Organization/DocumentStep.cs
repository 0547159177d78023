namespace CstoPress.Core.Organization;

/// <summary>One dated step of a document's life. Steps are only ever added: together they are its history.</summary>
public class DocumentStep
{
    public long Id { get; set; }
    public int DocumentId { get; set; }
    public DocumentStage Stage { get; set; }
    public DateOnly On { get; set; }

    /// <summary>The meeting at which it was considered or adopted.</summary>
    public int? MeetingId { get; set; }
    public Meeting? Meeting { get; set; }

    /// <summary>The State that ratified it, for a ratification.</summary>
    public MemberState? State { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}
