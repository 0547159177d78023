namespace CstoPress.Data.Repositories;

/// <summary>A whole publication as feeds and the read API carry it: text, people, topics, photos and press contact.</summary>
public sealed record PublicationEntry(
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
    string SectionSlug,
    string SectionName,
    string? SpeakerName,
    string? SpeakerSlug,
    string? SpeakerPost,
    ContactSnapshot Contact,
    IReadOnlyList<TagOnPage> Tags,
    IReadOnlyList<PersonOnEntry> People,
    IReadOnlyList<PhotoOnEntry> Photos,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason)
{
    public bool IsWithdrawn => Status == PublicationStatus.Withdrawn;

    /// <summary>The body rendered when it was saved; null for a row not rendered yet.</summary>
    public string? BodyHtml { get; init; }

    /// <summary>When the text last changed; a scheduled item saved before it went out counts from its publication.</summary>
    public DateTimeOffset LastChangedAt => UpdatedAt > PublishedAt ? UpdatedAt : PublishedAt;
}

public sealed record PersonOnEntry(string Slug, string Name);

public sealed record PhotoOnEntry(Guid ImageId, string Caption, string AltText, string? Credit);
