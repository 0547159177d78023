namespace CstoPress.Web.Feeds;

/// <summary>The feeds' addresses. Like the pages' they are public and must not change.</summary>
public static class FeedLinks
{
    public static string All(ContentLanguage language, FeedFormat format) => $"{SiteLinks.Prefix(language)}/feeds/all.{format.Extension()}";

    public static string Section(ContentLanguage language, string slug, FeedFormat format) =>
        $"{SiteLinks.Prefix(language)}/feeds/sections/{Uri.EscapeDataString(slug)}.{format.Extension()}";

    public static string Kind(ContentLanguage language, PublicationKind kind, FeedFormat format) =>
        $"{SiteLinks.Prefix(language)}/feeds/kinds/{kind.Slug()}.{format.Extension()}";

    public static string Tag(ContentLanguage language, string slug, FeedFormat format) =>
        $"{SiteLinks.Prefix(language)}/feeds/tags/{Uri.EscapeDataString(slug)}.{format.Extension()}";

    public static string Person(ContentLanguage language, string slug, FeedFormat format) =>
        $"{SiteLinks.Prefix(language)}/feeds/people/{Uri.EscapeDataString(slug)}.{format.Extension()}";

    /// <summary>The register of documents: each document entered, and again when a step of its life is recorded.</summary>
    public static string Documents(ContentLanguage language, FeedFormat format) => $"{SiteLinks.Prefix(language)}/feeds/documents.{format.Extension()}";

    public static string Changes(ContentLanguage language, FeedFormat format) => $"{SiteLinks.Prefix(language)}/feeds/changes.{format.Extension()}";
}
