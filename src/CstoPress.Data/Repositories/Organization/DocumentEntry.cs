namespace CstoPress.Data.Repositories.Organization;

/// <summary>
/// A register document whole, as the read API and the feeds carry it: its versions, steps (with their meetings)
/// and body read without tracking, the attached files described, and the public news of it.
/// </summary>
public sealed record DocumentEntry(Document Document, IReadOnlyList<DocumentFileLine> Files, IReadOnlyList<DocumentNewsLine> News);

/// <summary>A listed publication that reports on a document.</summary>
public sealed record DocumentNewsLine(int DocumentId, string Slug, string Title, ContentLanguage Language, DateTimeOffset PublishedAt);

/// <summary>A page of documents for the read API and the id to continue below (null on the last page).</summary>
public sealed record DocumentEntryPage(IReadOnlyList<DocumentEntry> Items, int? NextBefore);
