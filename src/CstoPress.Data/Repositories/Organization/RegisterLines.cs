namespace CstoPress.Data.Repositories.Organization;

/// <summary>What a list shows of a meeting: which body, which number, when, where, and how it stands.</summary>
public sealed record MeetingLine(
    int Id, string BodySlug, string BodyName, string BodyNameRu, int Number, DateOnly StartsOn, DateOnly? EndsOn,
    string Place, string PlaceRu, MeetingStatus Status, string? StatusReason)
{
    public string BodyNameIn(ContentLanguage language) => language == ContentLanguage.Ru ? BodyNameRu : BodyName;

    public string PlaceIn(ContentLanguage language) => language == ContentLanguage.Ru && PlaceRu.Length > 0 ? PlaceRu : Place;
}

/// <summary>What a list shows of a document: its symbol, title in the page's language (else the original's), type, body and stage.</summary>
public sealed record DocumentLine(
    int Id, string Symbol, string Title, DocumentType Type, DocumentStage Stage, string? BodyName, DateOnly? AdoptedOn);

/// <summary>The documents and meetings a publication reports on, as its page lists them.</summary>
public sealed record RegisterLinks(IReadOnlyList<DocumentLine> Documents, IReadOnlyList<MeetingLine> Meetings)
{
    public bool IsEmpty => Documents.Count == 0 && Meetings.Count == 0;
}
