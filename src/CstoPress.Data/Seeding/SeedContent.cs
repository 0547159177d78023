namespace CstoPress.Data.Seeding;

/// <summary>
/// What an empty database is filled with in one go: the Organization's catalog, publications that refer
/// to it, and which of those publications translate which.
/// </summary>
public sealed record SeedContent(
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Person> People,
    IReadOnlyList<OrganizationBody> Bodies,
    IReadOnlyList<PressContact> PressContacts,
    IReadOnlyList<Publication> Publications,
    IReadOnlyList<(Publication Translation, Publication Original)> Translations);
