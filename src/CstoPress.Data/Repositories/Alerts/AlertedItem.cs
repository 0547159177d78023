namespace CstoPress.Data.Repositories.Alerts;

/// <summary>An item as a message shows it.</summary>
public sealed record AlertedItem(
    int Id, string Title, string Lead, string Body, string Slug, ContentLanguage Language, PublicationKind Kind, DateTimeOffset? PublishedAt, string? EmbargoNote);
