namespace CstoPress.Data.Repositories.Organization;

/// <summary>
/// A document's page: the entry with its versions, steps (with their meetings) and body, read without
/// tracking; the attached files described (their bytes are fetched only when downloaded); the news of it.
/// </summary>
public sealed record DocumentPage(
    Document Document,
    IReadOnlyList<DocumentFileLine> Files,
    IReadOnlyList<PublicationSummary> News);

/// <summary>An attached file as a page lists it.</summary>
public sealed record DocumentFileLine(int Id, int VersionId, string FileName, FileFormat Format, long Size);

/// <summary>An attached file as it is downloaded.</summary>
public sealed record DocumentFileDownload(string FileName, FileFormat Format, byte[] Content);
