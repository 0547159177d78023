using CstoPress.Core.People;
using CstoPress.Core.Text;

namespace CstoPress.Core.Import;

/// <summary>
/// Finds the press contact a signature names, so that one person is one contact however the
/// archive spelled the name (Zaynullin, Zainullin, Зайнуллин) or wrote the phone. Spellings
/// not seen before are kept as name variants; a signature naming nobody known starts a new contact.
/// </summary>
public sealed class PressContactDirectory
{
    private readonly List<PressContact> _contacts;

    public PressContactDirectory(IEnumerable<PressContact> contacts) => _contacts = [.. contacts];

    public IReadOnlyList<PressContact> Contacts => _contacts;

    /// <summary>The contacts started by signatures naming nobody known, still to be saved.</summary>
    public IEnumerable<PressContact> NewContacts => _contacts.Where(c => c.Id == 0);

    /// <summary>The contact of each signed page that names one; unsigned pages and unknown phones are left out.</summary>
    public Dictionary<ArchivePage, PressContact> ResolveAll(IEnumerable<ArchivePage> pages)
    {
        // By reference: two pages of the same text are still two items, each with its own contact.
        var contacts = new Dictionary<ArchivePage, PressContact>(ReferenceEqualityComparer.Instance);
        foreach (var page in pages)
        {
            if (page.Signature is { } signature && Resolve(signature) is { } contact)
            {
                contacts[page] = contact;
            }
        }

        return contacts;
    }

    public PressContact? Resolve(PressSignature signature)
    {
        if (signature.Name is { } name)
        {
            var key = SurnameKey(name);
            var known = _contacts.FirstOrDefault(c => SurnameKey(c.Name) == key || c.NameVariants.Any(v => SurnameKey(v) == key));
            if (known is null)
            {
                known = new PressContact { Name = name, Post = signature.Post, Phone = signature.Phone, Email = signature.Email };
                _contacts.Add(known);
                return known;
            }

            if (!string.Equals(known.Name, name, StringComparison.OrdinalIgnoreCase)
                && !known.NameVariants.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                known.NameVariants.Add(name);
            }

            known.Phone ??= signature.Phone;
            known.Email ??= signature.Email;
            known.Post ??= signature.Post;
            return known;
        }

        // A signature with a phone and no name: the person whose number it is, if exactly one has it.
        if (signature.Phone is { } phone)
        {
            var key = PressSignature.PhoneKey(phone);
            var owners = _contacts.Where(c => c.Phone is not null && PressSignature.PhoneKey(c.Phone) == key).Take(2).ToList();
            return owners.Count == 1 ? owners[0] : null;
        }

        return null;
    }

    /// <summary>
    /// The surname, transliterated and with the letters transliterations disagree on folded together:
    /// y/j/й become i, doubled letters one.
    /// </summary>
    public static string SurnameKey(string name)
    {
        var words = Slugs.From(name).Split('-', StringSplitOptions.RemoveEmptyEntries);
        var surname = words.LastOrDefault(w => w.Length > 1) ?? "";
        var folded = surname.Replace('y', 'i').Replace('j', 'i').Replace("kh", "h", StringComparison.Ordinal);
        var key = new System.Text.StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            if (key.Length == 0 || key[^1] != ch)
            {
                key.Append(ch);
            }
        }

        return key.ToString();
    }
}
