namespace CstoPress.Core.Publications;

/// <summary>The rules of saving an item: its address, its contact as it went out, and the record of changes to a public text.</summary>
public static partial class PublishingWorkflow
{
    /// <summary>Published or withdrawn: readers may have seen the text, so changes to it are kept and noted.</summary>
    public static bool HasBeenPublic(this Publication publication) =>
        publication.Status is PublicationStatus.Published or PublicationStatus.Withdrawn;

    public static void EnsureNotInTrash(this Publication publication) => RequireNotDeleted(publication);

    /// <summary>
    /// The typed address if it is free; otherwise one made from the title, numbered until it is free.
    /// Null when a typed address belongs to another item.
    /// </summary>
    public static async Task<string?> AddressForAsync(string? typed, string title, Func<string, Task<bool>> isTaken)
    {
        if (!string.IsNullOrWhiteSpace(typed))
        {
            var trimmed = typed.Trim();
            return await isTaken(trimmed) ? null : trimmed;
        }

        return await SlugChoice.FirstFreeAsync(SlugChoice.StemOf(title, "publication"), isTaken);
    }

    /// <summary>A release going out (or scheduled to) carries the contact's details as they are at that moment.</summary>
    public static async Task SnapshotContactAsync(this Publication publication, Func<int, Task<PressContact?>> contactOf)
    {
        if (publication.Status is not (PublicationStatus.Published or PublicationStatus.Scheduled))
        {
            return;
        }

        publication.Contact = publication.PressContactId is { } contactId && await contactOf(contactId) is { } contact
            ? ContactSnapshot.Of(contact)
            : new ContactSnapshot();
    }

    /// <summary>
    /// The size of an edit to a text readers may have seen, as the editor chose it. Without a choice (a form of
    /// before the choice existed) a note written makes it major. A major change needs its public note; a minor one shows none.
    /// </summary>
    public static ChangeSize SizeOfChange(ChangeSize? chosen, string? changeNote)
    {
        var noted = !string.IsNullOrWhiteSpace(changeNote);
        var size = chosen ?? (noted ? ChangeSize.Major : ChangeSize.Minor);
        Require(size == ChangeSize.Minor || noted, "A major change needs a public note that says what changed.");
        Require(size == ChangeSize.Major || !noted, "A minor change shows no note: clear the note, or choose a major change.");
        return size;
    }

    /// <summary>
    /// A save of a text readers may have seen: the text as saved is kept as a revision. A major change also shows
    /// the editor's note on the public page and counts as the item's latest change in the feeds.
    /// A minor one keeps the time of the last change as it was (<paramref name="changedBefore"/>), so feeds, the API and
    /// the sitemap do not announce a typo as news.
    /// </summary>
    public static PublicationRevision KeepRevision(this Publication publication, ChangeSize size, string? changeNote, string by, DateTimeOffset now,
        DateTimeOffset changedBefore)
    {
        if (size == ChangeSize.Major && !string.IsNullOrWhiteSpace(changeNote))
        {
            publication.ChangeNotes.Add(new ChangeNote { ChangedAt = now, Note = changeNote.Trim() });
            publication.MajorChangeAt = now;
        }
        else if (publication.Status == PublicationStatus.Published)
        {
            publication.UpdatedAt = changedBefore;
        }

        return RevisionOf(publication, publication.Title, publication.Lead, publication.Body, by, now);
    }

    /// <summary>A major change to the original: the translation may no longer say the same, and its readers are told.</summary>
    public static void MarkOriginalChanged(this Publication translation, DateTimeOffset at) => translation.OriginalChangedAt = at;

    /// <summary>An editor saved the translation: it is taken to follow its original again.</summary>
    public static void MarkTranslationUpdated(this Publication publication) => publication.OriginalChangedAt = null;

    /// <summary>Brings back a revision's text; the current text is kept as a revision first, so nothing is lost.</summary>
    public static SaveTrail RestoreRevision(this Publication publication, PublicationRevision revision, string by, DateTimeOffset now)
    {
        var current = RevisionOf(publication, publication.Title, publication.Lead, publication.Body, by, now);
        publication.Title = revision.Title;
        publication.Lead = revision.Lead;
        publication.Body = revision.Body;
        publication.UpdatedAt = now;
        return new SaveTrail(null, [current, RevisionOf(publication, revision.Title, revision.Lead, revision.Body, by, now.AddTicks(1))]);
    }

    private static PublicationRevision RevisionOf(Publication publication, string title, string lead, string body, string by, DateTimeOffset at) =>
        new() { PublicationId = publication.Id, SavedAt = at, SavedBy = by, Title = title, Lead = lead, Body = body };
}
