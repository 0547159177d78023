namespace CstoPress.Data.Repositories.Organization;

/// <summary>A meeting's page: the meeting with its status history, the documents it considered or adopted, the news of it.</summary>
public sealed record MeetingPage(
    Meeting Meeting,
    IReadOnlyList<MeetingDocument> Documents,
    IReadOnlyList<PublicationSummary> News);

/// <summary>A document as a meeting dealt with it: considered or adopted there.</summary>
public sealed record MeetingDocument(DocumentLine Document, DocumentStage Stage);
