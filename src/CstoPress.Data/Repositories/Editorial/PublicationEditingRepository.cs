using CstoPress.Core.Auditing;

namespace CstoPress.Data.Repositories.Editorial;

/// <summary>
/// A publication loaded for editing, whatever its status, and saved back with its audit entries.
/// Unlike the public repositories it tracks what it loads, because the editors change it.
/// </summary>
public sealed class PublicationEditingRepository(CstoPressDbContext db)
{
    /// <summary>A publication with everything its edit form shows, tracked for saving.</summary>
    public Task<Publication?> ForEditingAsync(int id, CancellationToken cancellationToken = default) =>
        db.Publications
            .Include(p => p.Section)
            .Include(p => p.Tags)
            .Include(p => p.People)
            .Include(p => p.Bodies)
            .Include(p => p.ChangeNotes)
            .Include(p => p.Photos.OrderBy(photo => photo.Order))
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<Publication?> ByIdAsync(int id, CancellationToken cancellationToken = default) =>
        db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>What is in the database now, bypassing what this context holds: for showing a conflict.</summary>
    public Task<Publication?> CurrentAsync(int id, CancellationToken cancellationToken = default) =>
        db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<Publication?> PublishedBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Publications.FirstOrDefaultAsync(p => p.Slug == slug && p.DeletedAt == null, cancellationToken);

    /// <summary>True when another item has this address now, or had it and still redirects from it.</summary>
    public async Task<bool> IsSlugTakenAsync(string slug, int? exceptPublicationId, CancellationToken cancellationToken = default) =>
        await db.Publications.AnyAsync(p => p.Slug == slug && p.Id != exceptPublicationId, cancellationToken)
        || await db.SlugRedirects.AnyAsync(r => r.OldSlug == slug && r.PublicationId != exceptPublicationId, cancellationToken);

    /// <summary>The tags with these names, creating the ones that do not exist yet.</summary>
    public async Task<List<Tag>> TagsNamedAsync(IReadOnlyCollection<string> names, Func<string, string> slugOf, CancellationToken cancellationToken = default)
    {
        var slugs = names.Select(slugOf).Where(s => s.Length > 0).Distinct().ToList();
        var existing = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToListAsync(cancellationToken);
        foreach (var name in names)
        {
            var slug = slugOf(name);
            if (slug.Length > 0 && existing.All(t => t.Slug != slug))
            {
                existing.Add(new Tag { Slug = slug, Name = name.Trim() });
            }
        }

        return existing;
    }

    public async Task<List<Person>> PeopleAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default) =>
        await db.People.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);

    public async Task<List<OrganizationBody>> BodiesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default) =>
        await db.OrganizationBodies.Where(b => ids.Contains(b.Id)).ToListAsync(cancellationToken);

    public Task<Person?> PersonWithPostsAsync(int id, CancellationToken cancellationToken = default) =>
        db.People.AsNoTracking().Include(p => p.Posts).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<PressContact?> PressContactAsync(int id, CancellationToken cancellationToken = default) =>
        db.PressContacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>The saved revisions of an item, newest first.</summary>
    public async Task<IReadOnlyList<PublicationRevision>> RevisionsAsync(int publicationId, CancellationToken cancellationToken = default) =>
        await db.Revisions.AsNoTracking().Where(r => r.PublicationId == publicationId && !r.IsAutosave)
            .OrderByDescending(r => r.SavedAt).ThenByDescending(r => r.Id)
            .ToListAsync(cancellationToken);

    public Task<PublicationRevision?> RevisionAsync(int publicationId, long revisionId, CancellationToken cancellationToken = default) =>
        db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.PublicationId == publicationId && r.Id == revisionId, cancellationToken);

    /// <summary>
    /// Gives a new item its id before it is saved, so that its audit entries can name it and be saved
    /// with it in one SaveChanges.
    /// </summary>
    public async Task ReserveIdAsync(Publication publication, CancellationToken cancellationToken = default)
    {
        if (publication.Id == 0)
        {
            publication.Id = await db.Database
                .SqlQuery<int>($"SELECT nextval(pg_get_serial_sequence('publications', 'id'))::int AS \"Value\"")
                .SingleAsync(cancellationToken);
        }
    }

    /// <summary>Stores a new item (its id reserved) with what its save leaves (an alert, when it goes out at once) and its audit entries, all or nothing.</summary>
    public Task SaveNewAsync(Publication publication, SaveTrail trail, IEnumerable<AuditEntry> auditEntries, CancellationToken cancellationToken = default)
    {
        db.Publications.Add(publication);
        return SaveAsync(publication, trail, auditEntries, cancellationToken);
    }

    /// <summary>
    /// Saves the item, checking the row version the editor started from, with what the save leaves behind
    /// and its audit entries in one SaveChanges: one transaction, which the retrying execution strategy runs
    /// again from the start when the connection drops. A save over someone else's newer save throws
    /// <see cref="PublicationEditConflictException"/> instead of overwriting it.
    /// </summary>
    public Task SaveEditAsync(Publication publication, uint versionEditedFrom, SaveTrail trail, IEnumerable<AuditEntry> auditEntries,
        CancellationToken cancellationToken = default)
    {
        db.Entry(publication).Property(p => p.Version).OriginalValue = versionEditedFrom;
        return SaveAsync(publication, trail, auditEntries, cancellationToken);
    }

    /// <summary>Saves a workflow step taken on the item as loaded, with its audit entry; see <see cref="SaveEditAsync"/>.</summary>
    public Task SaveStepAsync(Publication publication, SaveTrail trail, AuditEntry auditEntry, CancellationToken cancellationToken = default) =>
        SaveAsync(publication, trail, [auditEntry], cancellationToken);

    /// <summary>Notes in the audit log something done to an item already stored.</summary>
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        db.AuditLog.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SaveAsync(Publication publication, SaveTrail trail, IEnumerable<AuditEntry> auditEntries, CancellationToken cancellationToken)
    {
        if (trail.Redirect is { } redirect)
        {
            db.SlugRedirects.Add(redirect);
        }

        db.Revisions.AddRange(trail.Revisions);
        db.AuditLog.AddRange(auditEntries);
        if (trail.Alert is { } alert)
        {
            // A new item's id is reserved only just before it is stored.
            alert.PublicationId = publication.Id;
            db.Alerts.Add(alert);
        }

        if (trail.MarksTranslations && publication.TranslationOfId is null)
        {
            var translations = await db.Publications.Where(p => p.TranslationOfId == publication.Id).ToListAsync(cancellationToken);
            translations.ForEach(t => t.MarkOriginalChanged(publication.UpdatedAt));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            throw new PublicationEditConflictException(publication.Id, conflict);
        }
    }
}
