namespace CstoPress.Core.People;

/// <summary>
/// Someone publications are by or about: a Secretary General, a minister. Known under several
/// spellings (Zas / Zass, Тасмагамбетов), all of which lead to the same person.
/// </summary>
public class Person
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? NameRu { get; set; }
    public List<string> NameVariants { get; set; } = [];
    public List<PostHeld> Posts { get; set; } = [];
    public List<Publication> Publications { get; set; } = [];

    public string NameIn(ContentLanguage language) =>
        language == ContentLanguage.Ru && !string.IsNullOrWhiteSpace(NameRu) ? NameRu : Name;

    /// <summary>The post held on a given day, acting appointments included; null if none is known.</summary>
    public PostHeld? PostOn(DateOnly day) =>
        Posts.Where(p => p.HeldOn(day)).OrderByDescending(p => p.From).FirstOrDefault();

    public bool IsKnownAs(string name)
    {
        var wanted = NameSpellings.Normalize(name);
        return NameSpellings.Normalize(Name) == wanted
            || (NameRu is not null && NameSpellings.Normalize(NameRu) == wanted)
            || NameVariants.Any(v => NameSpellings.Normalize(v) == wanted);
    }
}
