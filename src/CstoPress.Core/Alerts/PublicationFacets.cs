namespace CstoPress.Core.Alerts;

/// <summary>What subscriptions can follow in an item: its language, section, kind, people, tags and bodies.</summary>
public sealed record PublicationFacets(
    ContentLanguage Language, string SectionSlug, PublicationKind Kind,
    IReadOnlyList<string> PersonSlugs, IReadOnlyList<string> TagSlugs, IReadOnlyList<string> BodySlugs);
