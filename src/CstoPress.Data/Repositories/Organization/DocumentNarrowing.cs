namespace CstoPress.Data.Repositories.Organization;

/// <summary>
/// What a list of register documents is narrowed to (the read API, the search): a language in which it has a
/// version, a type, an adopting body. Every filter is optional.
/// </summary>
public sealed record DocumentNarrowing
{
    public ContentLanguage? Language { get; init; }

    public DocumentType? Type { get; init; }

    public int? BodyId { get; init; }
}

internal static class DocumentNarrowingExtensions
{
    public static IQueryable<Document> NarrowedBy(this IQueryable<Document> documents, DocumentNarrowing narrowing)
    {
        if (narrowing.Language is { } language)
        {
            documents = documents.Where(d => d.Versions.Any(v => v.Language == language));
        }

        if (narrowing.Type is { } type)
        {
            documents = documents.Where(d => d.Type == type);
        }

        if (narrowing.BodyId is { } bodyId)
        {
            documents = documents.Where(d => d.BodyId == bodyId);
        }

        return documents;
    }
}
