using CstoPress.Core.Publications;

namespace CstoPress.Data.Repositories;

/// <summary>
/// What a feed or an API request is narrowed to. Unlike a page listing it may span both languages
/// (the API without ?language=) and start at a time (?since=).
/// </summary>
public sealed record PublicationQuery
{
    public ContentLanguage? Language { get; init; }
    public int? SectionId { get; init; }
    public PublicationKind? Kind { get; init; }
    public int? TagId { get; init; }
    public int? PersonId { get; init; }

    /// <summary>Only what was published at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    internal IQueryable<Publication> Apply(IQueryable<Publication> publications)
    {
        var query = publications;
        if (Language is { } language)
        {
            query = query.Where(p => p.Language == language);
        }

        if (SectionId is { } sectionId)
        {
            query = query.Where(p => p.SectionId == sectionId);
        }

        if (Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (TagId is { } tagId)
        {
            query = query.Where(p => p.Tags.Any(t => t.Id == tagId));
        }

        if (PersonId is { } personId)
        {
            query = query.Where(p => p.Speech.SpeakerId == personId || p.People.Any(person => person.Id == personId));
        }

        if (Since is { } since)
        {
            query = query.Where(p => p.PublishedAt >= since);
        }

        return query;
    }
}
