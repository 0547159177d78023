namespace CstoPress.Data.Repositories.Organization;

/// <summary>A document as the press office's list shows it: whatever its review, with the title of its original.</summary>
public sealed record DeskDocumentLine(
    int Id, string Symbol, string Title, DocumentType Type, string? BodyName, DocumentStage Stage, RegisterStatus Review, DateTimeOffset UpdatedAt);

/// <summary>A meeting as the press office's list shows it.</summary>
public sealed record DeskMeetingLine(
    int Id, int BodyId, string BodyName, int Number, DateOnly StartsOn, string Place, MeetingStatus Status, RegisterStatus Review, DateTimeOffset UpdatedAt);

/// <summary>A meeting as the choice of where a document was considered or adopted names it.</summary>
public sealed record MeetingChoice(int Id, string BodyName, int Number, DateOnly StartsOn);

/// <summary>A document's step taken at a meeting, as the meeting's edit page lists it.</summary>
public sealed record MeetingDocumentStep(int DocumentId, string Symbol, DocumentStage Stage, DateOnly On);

/// <summary>What the narrowing of the press office's document list asks for; empty means all.</summary>
public sealed record DeskDocumentFilter(int? BodyId, DocumentType? Type, DocumentStage? Stage, RegisterStatus? Review);

/// <summary>Register entries waiting at a step of the review: in review (for a second person) or drafts.</summary>
public sealed record RegisterQueue(
    IReadOnlyList<DeskDocumentLine> DocumentsInReview, IReadOnlyList<DeskMeetingLine> MeetingsInReview,
    IReadOnlyList<DeskDocumentLine> DocumentDrafts, IReadOnlyList<DeskMeetingLine> MeetingDrafts);
