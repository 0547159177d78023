namespace CstoPress.Core.Import;

/// <summary>
/// Everything one run decides for an item, from what was known when it started: its section, its address,
/// its press contact and speaker, what the page says, and whether it is published or waits for review.
/// </summary>
/// <param name="sections">The site's sections in their order; there is at least one.</param>
/// <param name="fixedSection">The section the run was told to put every item in, if any.</param>
/// <param name="contacts">The press contact of each signed page (<see cref="PressContactDirectory.ResolveAll"/>).</param>
/// <param name="takenSlugs">Every address in use; the addresses given here are added to it.</param>
public sealed class ArchiveItemDecisions(
    IReadOnlyList<Section> sections,
    Section? fixedSection,
    IReadOnlyDictionary<ArchivePage, PressContact> contacts,
    SpeakerChoice speakers,
    HashSet<string> takenSlugs,
    PublishOrReview publishing,
    DateTimeOffset now)
{
    /// <summary>The new item of a file never imported before; returns the review reasons with it.</summary>
    public (Publication Item, List<string> ReviewReasons) NewItem(ArchiveFile file, ArchivePage page)
    {
        var section = fixedSection ?? SectionOfKind.For(page.Kind, sections);
        var stem = SlugChoice.StemOf(page.Title, "archive-" + Path.GetFileNameWithoutExtension(file.Name));
        var item = new Publication { Title = page.Title, Slug = SlugChoice.FirstFree(stem, s => !takenSlugs.Add(s)), SectionId = section.Id, CreatedAt = now };
        return (item, Write(page, item));
    }

    /// <summary>Writes a changed file onto its item, whose address and uploaded photos stay; returns the review reasons.</summary>
    public List<string> Update(Publication item, ArchivePage page)
    {
        if (fixedSection is not null)
        {
            item.SectionId = fixedSection.Id;
        }

        return Write(page, item);
    }

    /// <summary>The import record that ties the file to its new item.</summary>
    public ImportedSource SourceOf(ArchiveFile file) =>
        new() { ImportKey = file.Name, ContentHash = file.Hash, ImportedAt = now, UpdatedAt = now };

    private List<string> Write(ArchivePage page, Publication item)
    {
        var speaker = page.Speech.IsSpeech ? speakers.NamedIn(page.Title) : null;
        PublicationFromPage.Fill(item, page, contacts.GetValueOrDefault(page), speaker, now);
        return publishing.Apply(page, item, now);
    }
}
