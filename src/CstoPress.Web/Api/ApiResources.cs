namespace CstoPress.Web.Api;

/// <summary>A page of publications and the cursor of the next one (null on the last page).</summary>
public sealed record PublicationListResource(IReadOnlyList<PublicationResource> Items, string? Next, string? NextUrl);

/// <summary>A publication as newsroom tools receive it. Times are UTC; addresses absolute and canonical.</summary>
public sealed record PublicationResource(
    int Id,
    string Slug,
    string Url,
    string Language,
    string Kind,
    string Status,
    string Title,
    string Lead,
    string BodyMarkdown,
    string BodyHtml,
    DateTime PublishedAt,
    DateTime UpdatedAt,
    SectionRefResource Section,
    SpeakerResource? Speaker,
    IReadOnlyList<PersonRefResource> People,
    IReadOnlyList<TagRefResource> Tags,
    IReadOnlyList<PhotoResource> Photos,
    ContactResource? Contact,
    WithdrawalResource? Withdrawal);

public sealed record SectionRefResource(string Slug, string Name, string Url);

public sealed record SpeakerResource(string Name, string? Post, string? Slug, string? Url);

public sealed record PersonRefResource(string Slug, string Name, string Url);

public sealed record TagRefResource(string Slug, string Name, string Url);

public sealed record PhotoResource(string Url, string Caption, string AltText, string? Credit);

public sealed record ContactResource(string? Name, string? Post, string? Phone, string? Email);

public sealed record WithdrawalResource(DateTime? At, string? Reason);

public sealed record SectionResource(int Id, string Slug, string Name, string NameRu, string Url, string UrlRu, string AtomFeed, string AtomFeedRu);

public sealed record PersonResource(int Id, string Slug, string Name, string? NameRu, string Url, string UrlRu, string AtomFeed);

public sealed record TagResource(int Id, string Slug, string Name, int PublicationCount, string Url, string AtomFeed);

internal static class ApiTime
{
    /// <summary>UTC, written by System.Text.Json as ISO 8601 with a 'Z'.</summary>
    public static DateTime Utc(DateTimeOffset time) => time.UtcDateTime;
}
