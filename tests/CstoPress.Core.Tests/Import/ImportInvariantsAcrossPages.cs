namespace CstoPress.Core.Tests.Import;

/// <summary>What must hold across the pages of one run: the press contacts, and importing the same files again.</summary>
internal static partial class ImportInvariants
{
    public static void OnePressContactPerPerson(IReadOnlyList<ExpectedPage> pages, ImportRunInMemory run)
    {
        var signed = pages.Select((expected, i) => (expected.Name, expected.Signature, Contact: ContactOf(run, i)))
            .Where(p => p.Signature is not null).ToList();
        var contactOf = new Dictionary<string, PressContact>(StringComparer.Ordinal);
        foreach (var (name, signature, contact) in signed.Where(p => p.Signature is { Reading: null } or { Reading.Name: not null }))
        {
            var person = signature!.Person;
            Assert.True(contact is not null, $"{name}: the signature of {person} names no press contact.");
            var known = contactOf.GetValueOrDefault(person) ?? (contactOf[person] = contact);
            Assert.True(known == contact, $"{name}: {person} is two press contacts, '{known.Name}' and '{contact.Name}'.");
        }

        var people = contactOf.GroupBy(c => c.Value).Where(g => g.Count() > 1).Select(g => string.Join(" and ", g.Select(c => c.Key)));
        Assert.True(!people.Any(), $"Two people are one press contact: {string.Join("; ", people)}.");
        Assert.Equal(contactOf.Count, run.Directory.NewContacts.Count());

        // A phone alone names whoever has that number, or nobody yet: never somebody else.
        foreach (var (name, signature, contact) in signed.Where(p => p.Signature is { Reading.Name: null }))
        {
            Assert.True(contact is null || contact == contactOf.GetValueOrDefault(signature!.Person), $"{name}: the phone names somebody else.");
        }
    }

    public static void ImportingAgainChangesNothing(IReadOnlyList<ExpectedPage> pages, ImportRunInMemory first)
    {
        var variants = first.Directory.Contacts.Sum(c => c.NameVariants.Count);
        var again = first.Again(pages);

        Assert.Equal(first.Readings.Select(ArchivePageSnapshot.Of), again.Readings.Select(ArchivePageSnapshot.Of));
        Assert.Empty(again.Directory.NewContacts);
        Assert.Equal(first.Directory.Contacts.Count, again.Directory.Contacts.Count);
        Assert.Equal(variants, again.Directory.Contacts.Sum(c => c.NameVariants.Count));

        var changes = ArchiveChanges.Sort(again.Readings.Select((r, i) => (again.Files[i], r.Page!)), first.Sources());
        Assert.Equal(pages.Count, changes.Unchanged.Count);

        // Saved again another way (no byte order mark, Unix line ends), a file counts as changed and must read the same.
        var resaved = ImportRunInMemory.First([.. pages.Select(p => p with { Text = p.Text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal) })]);
        Assert.Equal(first.Readings.Select(ArchivePageSnapshot.Of), resaved.Readings.Select(ArchivePageSnapshot.Of));

        for (var i = 0; i < pages.Count; i++)
        {
            var item = new Publication { Title = "t", Slug = "t" };
            PublicationFromPage.Fill(item, first.Readings[i].Page!, ContactOf(first, i), null, ArchivePages.Now);
            var once = Written(item);
            PublicationFromPage.Fill(item, again.Readings[i].Page!, ContactOf(again, i), null, ArchivePages.Now);
            Assert.Equal(once, Written(item));
        }
    }

    private static PressContact? ContactOf(ImportRunInMemory run, int page) =>
        run.Readings[page].Page is { } read ? run.Contacts.GetValueOrDefault(read) : null;

    /// <summary>What the importer writes onto an item, as one text.</summary>
    private static string Written(Publication item) => string.Join(
        '\n', item.Title, item.Lead, item.Body, item.Kind, item.Language, item.Source.Agency, item.Contact.Name, item.Contact.Phone,
        item.Contact.Post, item.Contact.Email, item.PressContactId, item.PressContact?.Name,
        string.Join(" | ", item.Photos.Select(p => $"{p.OriginalFileName} {p.Order}")));
}
