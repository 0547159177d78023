namespace CstoPress.Core.People;

/// <summary>
/// Splitting spellings off a press contact: the importer takes two people for one when their surnames read
/// alike. The publications signed with the chosen spellings go to another contact, a new one or one that exists,
/// which takes the spellings along; the contact split keeps its name and the rest.
/// </summary>
public static class PressContactSplit
{
    /// <summary>
    /// Every spelling of the contact with its publications (by the name their snapshot printed): its name,
    /// its variants, then the names pages were signed with that neither records.
    /// </summary>
    public static IReadOnlyList<SpellingUse> SpellingsOf(PressContact contact, IReadOnlyDictionary<string, int> publicationsBySignedName)
    {
        int Count(string spelling) => publicationsBySignedName.Where(s => NameSpellings.Same(s.Key, spelling)).Sum(s => s.Value);
        var recorded = contact.NameVariants.Where(v => !NameSpellings.Same(v, contact.Name))
            .DistinctBy(NameSpellings.Normalize)
            .Select(v => new SpellingUse(v, Count(v), SpellingStanding.Variant))
            .Prepend(new SpellingUse(contact.Name, Count(contact.Name), SpellingStanding.CatalogName));
        var unrecorded = publicationsBySignedName.Keys.Where(name => !contact.IsKnownAs(name))
            .GroupBy(NameSpellings.Normalize)
            .Select(same => new SpellingUse(same.First(), same.Sum(name => publicationsBySignedName[name]), SpellingStanding.OnlyOnPages))
            .OrderByDescending(s => s.Publications);
        return [.. recorded, .. unrecorded];
    }

    /// <summary>
    /// The chosen spellings as the contact lists them, in its order, or why they cannot be split off:
    /// none chosen, one the contact does not have, its own name (which readers see on every page it keeps),
    /// or the contact itself as the one to take them.
    /// </summary>
    public static (IReadOnlyList<string> Spellings, string? Problem) Choose(
        PressContact contact, IReadOnlyList<SpellingUse> spellings, IReadOnlyCollection<string> chosen, int intoId)
    {
        var wanted = chosen.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
        if (wanted.Count == 0)
        {
            return ([], "Choose at least one spelling to split off.");
        }

        if (wanted.FirstOrDefault(c => !spellings.Any(s => NameSpellings.Same(s.Spelling, c))) is { } unknown)
        {
            return ([], $"'{unknown}' is not a spelling of {contact.Name}; choose among those listed.");
        }

        if (wanted.Any(c => NameSpellings.Same(c, contact.Name)))
        {
            return ([], $"'{contact.Name}' is the contact's own name and stays with it; to split it off, rename the contact first.");
        }

        if (intoId == contact.Id)
        {
            return ([], "Choose a new contact or another one to take the spellings.");
        }

        return ([.. spellings.Where(s => wanted.Any(c => NameSpellings.Same(s.Spelling, c))).Select(s => s.Spelling)], null);
    }

    /// <summary>Of the names publications were signed with, those that are one of the spellings split off.</summary>
    public static IReadOnlyList<string> SignedNamesMoving(IEnumerable<string> signedNames, IReadOnlyList<string> spellings) =>
        [.. signedNames.Where(name => spellings.Any(s => NameSpellings.Same(s, name)))];

    /// <summary>
    /// The contact the spellings start: the first as its name, the others as variants, and the post, phone and
    /// e-mail of the newest page signed with them (the contact split may have quite another number).
    /// </summary>
    public static PressContact NewContact(IReadOnlyList<string> spellings, ContactSnapshot? newestSigned) => new()
    {
        Name = spellings[0],
        NameVariants = [.. spellings.Skip(1)],
        Post = newestSigned?.Post,
        Phone = newestSigned?.Phone,
        Email = newestSigned?.Email,
    };
}
