using CstoPress.Core.Text;

namespace CstoPress.Core.Import;

/// <summary>
/// Finds the press contact a signature names, so that one person is one contact however the
/// archive spelled the name (Zaynullin, Zainullin, Зайнуллин) or wrote the phone. Spellings
/// not seen before are kept as name variants; a signature naming nobody known starts a new contact.
/// </summary>
public sealed class PressContactDirectory
{
    private static readonly Regex NameWords = ArchivePattern.Of(@"[\p{L}'’ʼ`\-]+(?<initial>\.)?");

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
        var signed = pages.Where(p => p.Signature is not null).ToList();

        // Names first: a page signed with a phone alone finds its person whichever file of the run names them.
        foreach (var page in signed.Where(p => p.Signature!.Name is not null).Concat(signed.Where(p => p.Signature!.Name is null)))
        {
            if (Resolve(page.Signature!) is { } contact)
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
            // A spelling a contact already has wins over the surname key: after an editor split two people of one
            // surname apart, each keeps the pages signed with its own spellings.
            var key = SurnameKey(name);
            var known = _contacts.FirstOrDefault(c => c.IsKnownAs(name))
                ?? _contacts.FirstOrDefault(c => SurnameKey(c.Name) == key || c.NameVariants.Any(v => SurnameKey(v) == key));
            if (known is null)
            {
                known = new PressContact { Name = name, Post = signature.Post, Phone = signature.Phone, Email = signature.Email };
                _contacts.Add(known);
                return known;
            }

            known.TakeSpellings([name]);
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
    /// The surname, transliterated, with the letters transliterations disagree on folded together, so that every
    /// spelling of one surname has one key: й as y, i or j; е as e or ye; ё as e or yo; х as kh, h or x (and x for кс);
    /// ц as ts, tz or c; ю as yu, iu or ju; я as ya, ia or ja; щ as shch or sch; ь as ' or nothing; doubled letters
    /// single. The Cyrillic spelling is transliterated first and folds to the same key.
    /// </summary>
    public static string SurnameKey(string name)
    {
        // Initials end in a dot ("I.", "Yu.", "Ю.П."), however many letters they take: the surname is the last word that does not.
        var surname = NameWords.Matches(name).LastOrDefault(w => !w.Groups["initial"].Success && w.Value.Count(char.IsLetter) > 1)?.Value ?? "";

        // Only its letters: an apostrophe writes ь ("P'yankova"), a hyphen joins the parts of a double surname.
        var latin = Slugs.From(new string([.. surname.Where(char.IsLetter)]));
        var consonants = latin
            .Replace("shch", "sch", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal).Replace("ks", "h", StringComparison.Ordinal).Replace('x', 'h')
            .Replace("tz", "c", StringComparison.Ordinal).Replace("ts", "c", StringComparison.Ordinal)
            .Replace('y', 'i').Replace('j', 'i');

        // With y as i, ye and yo are ie and io: read as e (as Cyrillic е and ё are transliterated), once the
        // doubled i of "iye" (Dmitriyeva) is one.
        var vowels = Single(consonants).Replace("ie", "e", StringComparison.Ordinal).Replace("io", "e", StringComparison.Ordinal);
        return Single(vowels);
    }

    private static string Single(string letters)
    {
        var single = new StringBuilder(letters.Length);
        foreach (var letter in letters)
        {
            if (single.Length == 0 || single[^1] != letter)
            {
                single.Append(letter);
            }
        }

        return single.ToString();
    }
}
