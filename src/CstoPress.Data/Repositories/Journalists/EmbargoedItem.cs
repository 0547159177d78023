namespace CstoPress.Data.Repositories.Journalists;

/// <summary>An embargoed publication as journalists receive it.</summary>
public sealed record EmbargoedItem(
    int Id,
    PublicationKind Kind,
    ContentLanguage Language,
    string Title,
    string Lead,
    string Body,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    string? EmbargoNote,
    string SectionName,
    IReadOnlyList<EmbargoedPhoto> Photos);

public sealed record EmbargoedPhoto(Guid ImageId, string Caption, string AltText, string? Credit);
