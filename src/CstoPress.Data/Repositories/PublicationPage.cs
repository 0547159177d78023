namespace CstoPress.Data.Repositories;

/// <summary>Everything a publication's own page shows.</summary>
public sealed record PublicationPage(
    int Id,
    string Slug,
    PublicationKind Kind,
    PublicationStatus Status,
    ContentLanguage Language,
    string Title,
    string Lead,
    string Body,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    int SectionId,
    string SectionSlug,
    string SectionName,
    SourceAttribution Source,
    ContactSnapshot Contact,
    SpeechOnPage? Speech,
    DocumentDetails? Document,
    IReadOnlyList<PhotoOnPage> Photos,
    IReadOnlyList<TagOnPage> Tags,
    IReadOnlyList<ChangeNoteOnPage> ChangeNotes,
    OtherLanguageVersion? OtherLanguage,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason)
{
    public bool IsWithdrawn => Status == PublicationStatus.Withdrawn;

    /// <summary>True for a translation of an item first written in the other language.</summary>
    public bool IsTranslation { get; init; }

    /// <summary>For a translation whose original changed in a major way since: when, so readers are told it may lag behind.</summary>
    public DateTimeOffset? OriginalChangedAt { get; init; }

    /// <summary>The body rendered when it was saved; null for a row not rendered yet.</summary>
    public string? BodyHtml { get; init; }

    /// <summary>False when no register document or meeting names this item, so the page need not ask which do.</summary>
    public bool MayBeInRegister { get; init; }
}

public sealed record SpeechOnPage(string? SpeakerName, string? SpeakerSlug, string? SpeakerPost, string? Occasion, string? Place, DateOnly? DeliveredOn);

public sealed record PhotoOnPage(Guid ImageId, string Caption, string AltText, string? Credit, int Width, int Height);

public sealed record TagOnPage(string Slug, string Name);

public sealed record ChangeNoteOnPage(DateTimeOffset ChangedAt, string Note);

public sealed record OtherLanguageVersion(ContentLanguage Language, string Slug, string Title);

public sealed record NeighbourLinks(PublicationSummary? Previous, PublicationSummary? Next);
