namespace CstoPress.Core.Import;

/// <summary>Where an archive item goes when the run names no section: the section of its kind, else the news, else the first section.</summary>
public static class SectionOfKind
{
    private static readonly Dictionary<PublicationKind, string> SlugOfKind = new()
    {
        [PublicationKind.Speech] = "secretary-general",
        [PublicationKind.Statement] = "statements",
        [PublicationKind.Resolution] = "documents",
        [PublicationKind.Interview] = "interviews",
    };

    /// <param name="sections">The site's sections in their order; there is at least one.</param>
    public static Section For(PublicationKind kind, IReadOnlyList<Section> sections) =>
        (SlugOfKind.TryGetValue(kind, out var slug) ? sections.FirstOrDefault(s => s.Slug == slug) : null)
        ?? sections.FirstOrDefault(s => s.Slug == "news")
        ?? sections[0];
}
