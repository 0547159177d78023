namespace CstoPress.Web.Api;

/// <summary>A page of register documents and the cursor of the next one (null on the last page).</summary>
public sealed record DocumentListResource(IReadOnlyList<DocumentResource> Items, string? Next, string? NextUrl);

/// <summary>
/// A document of the register as newsroom tools receive it: its symbol and stable address, its language versions
/// with the official text, its history step by step, the ratification table of an agreement or protocol, and the news of it.
/// </summary>
public sealed record DocumentResource(
    int Id,
    string Symbol,
    string Url,
    string UrlRu,
    string Type,
    string Stage,
    BodyRefResource? Body,
    string? AdoptingBody,
    DateOnly? AdoptedOn,
    DateTime UpdatedAt,
    IReadOnlyList<DocumentVersionResource> Versions,
    IReadOnlyList<DocumentStepResource> History,
    IReadOnlyList<RatificationResource>? Ratifications,
    IReadOnlyList<DocumentNewsResource> News);

public sealed record BodyRefResource(string Slug, string Name, string NameRu, string Url);

/// <summary>A document's text in one language; an unofficial translation is for information only.</summary>
public sealed record DocumentVersionResource(
    string Language, string Title, bool IsOriginal, bool IsUnofficial, string TextMarkdown, string TextHtml, IReadOnlyList<DocumentFileResource> Files);

public sealed record DocumentFileResource(string Name, string Format, long Size, string Url);

/// <summary>One dated step: considered or adopted (at a meeting), sent for domestic procedures, ratified by a State, entered into force.</summary>
public sealed record DocumentStepResource(string Stage, DateOnly On, string? State, MeetingRefResource? Meeting, string? Note);

public sealed record MeetingRefResource(string Body, int Number, string Url);

/// <summary>A member State and the day it ratified (null: not yet).</summary>
public sealed record RatificationResource(string State, DateOnly? RatifiedOn);

public sealed record DocumentNewsResource(string Slug, string Title, string Language, string Url, DateTime PublishedAt);
