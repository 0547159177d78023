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
    /// A save of a text readers may have seen: the text as saved is kept as a revision, and the editor's
    /// note of what changed, if any, is shown on the public page.
    /// </summary>
    public static PublicationRevision KeepRevision(this Publication publication, string? changeNote, string by, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(changeNote))
        {
            publication.ChangeNotes.Add(new ChangeNote { ChangedAt = now, Note = changeNote.Trim() });
        }

        return RevisionOf(publication, publication.Title, publication.Lead, publication.Body, by, now);
    }

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
