namespace CstoPress.Core.Journalists;

/// <summary>The press office's embargo steps on a scheduled publication.</summary>
public static class Embargoes
{
    /// <summary>Sends a scheduled item to accredited journalists now, for release at its publication time.</summary>
    /// <exception cref="PublicationRuleException">The item is not scheduled for a time still to come.</exception>
    public static void PutUnderEmbargo(this Publication publication, string? note, DateTimeOffset now)
    {
        if (publication.Status != PublicationStatus.Scheduled || publication.PublishedAt is not { } at || at <= now || publication.DeletedAt is not null)
        {
            throw new PublicationRuleException("Only an item scheduled for a later time can be put under embargo: schedule it first.");
        }

        publication.IsUnderEmbargo = true;
        publication.EmbargoNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        publication.UpdatedAt = now;
    }

    /// <summary>Journalists no longer see the item; it stays scheduled.</summary>
    public static void CancelEmbargo(this Publication publication, DateTimeOffset now)
    {
        publication.IsUnderEmbargo = false;
        publication.UpdatedAt = now;
    }
}
