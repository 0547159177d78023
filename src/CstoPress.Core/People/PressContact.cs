namespace CstoPress.Core.People;

/// <summary>
/// The press office's point of contact signed under a release. Publications copy these details
/// when they are published (see <see cref="Publications.ContactSnapshot"/>); readers see the
/// contact's name as kept here, and every other spelling a page was signed with stays a name variant.
/// </summary>
public class PressContact
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Post { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public List<string> NameVariants { get; set; } = [];

    /// <summary>Whether a page signed this way names this contact: its name or one of its variants.</summary>
    public bool IsKnownAs(string spelling) =>
        NameSpellings.Same(Name, spelling) || NameVariants.Any(v => NameSpellings.Same(v, spelling));

    /// <summary>
    /// Takes the details an editor typed. A new name keeps the old one as a variant: the pages signed
    /// with it still name this contact, and a later split can still find them.
    /// </summary>
    public void Edit(PressContactDetails details)
    {
        var former = Name;
        Name = details.Name;
        NameVariants.RemoveAll(v => NameSpellings.Same(v, details.Name));
        TakeSpellings([former]);
        Post = details.Post;
        Phone = details.Phone;
        Email = details.Email;
    }

    /// <summary>Records spellings this contact signed with, leaving out those it already knows.</summary>
    public void TakeSpellings(IEnumerable<string> spellings)
    {
        foreach (var spelling in spellings.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()))
        {
            if (!IsKnownAs(spelling))
            {
                NameVariants.Add(spelling);
            }
        }
    }

    public void GiveUpSpellings(IReadOnlyCollection<string> spellings) =>
        NameVariants.RemoveAll(v => spellings.Any(s => NameSpellings.Same(s, v)));

    /// <summary>A duplicate's name and variants become variants of this contact, which is kept.</summary>
    public void TakeOver(PressContact duplicate) => TakeSpellings(duplicate.NameVariants.Prepend(duplicate.Name));
}
