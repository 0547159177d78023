using CstoPress.Core.Auditing;
using CstoPress.Core.People;
using CstoPress.Core.Publications;
using Microsoft.EntityFrameworkCore;

namespace CstoPress.Data.Repositories.Editorial;

/// <summary>
/// The press office's side of the publications: everything, whatever its status, for editing.
/// Unlike the public repositories it tracks what it loads, because the editors change it.
/// </summary>
public sealed class EditorialRepository(CstoPressDbContext db)
{
    private const int ListLength = 25;

    public async Task<Dashboard> DashboardAsync(DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        var items = Filtered(filter);
        return new Dashboard(
            await ListAsync(items.Where(p => p.Status == PublicationStatus.Draft).OrderByDescending(p => p.UpdatedAt), cancellationToken),
            await ListAsync(items.Where(p => p.Status == PublicationStatus.InReview).OrderByDescending(p => p.UpdatedAt), cancellationToken),
            await ListAsync(items.Where(p => p.Status == PublicationStatus.Scheduled).OrderBy(p => p.PublishedAt), cancellationToken),
            await ListAsync(items.Where(p => p.Status == PublicationStatus.Published).OrderByDescending(p => p.PublishedAt), cancellationToken),
            await ListAsync(items.Where(p => p.Status == PublicationStatus.Withdrawn).OrderByDescending(p => p.WithdrawnAt), cancellationToken),
            await ListAsync(items.Where(p => p.AwaitsApproval).OrderByDescending(p => p.PublishedAt), cancellationToken),
            await ListAsync(items.Where(p => p.ReviewReason != null).OrderByDescending(p => p.UpdatedAt), cancellationToken));
    }

    public async Task<IReadOnlyList<EditorialSummary>> TrashAsync(CancellationToken cancellationToken = default) =>
        await Summaries(db.Publications.AsNoTracking().Where(p => p.DeletedAt != null).OrderByDescending(p => p.DeletedAt))
            .ToListAsync(cancellationToken);

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

    public Task<Publication?> PublishedBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Publications.FirstOrDefaultAsync(p => p.Slug == slug && p.DeletedAt == null, cancellationToken);

    /// <summary>True when another item has this address now, or had it and still redirects from it.</summary>
    public async Task<bool> IsSlugTakenAsync(string slug, int? exceptPublicationId, CancellationToken cancellationToken = default) =>
        await db.Publications.AnyAsync(p => p.Slug == slug && p.Id != exceptPublicationId, cancellationToken)
        || await db.SlugRedirects.AnyAsync(r => r.OldSlug == slug && r.PublicationId != exceptPublicationId, cancellationToken);

    public void Add(Publication publication) => db.Publications.Add(publication);

    public void Add(SlugRedirect redirect) => db.SlugRedirects.Add(redirect);

    public void Add(PublicationRevision revision) => db.Revisions.Add(revision);

    public void Record(AuditEntry entry) => db.AuditLog.Add(entry);

    /// <summary>
    /// Saves, checking the row version the editor started from: a save over someone else's newer
    /// save throws <see cref="DbUpdateConcurrencyException"/> instead of overwriting it.
    /// </summary>
    public Task SaveAsync(Publication publication, uint versionEditedFrom, CancellationToken cancellationToken = default)
    {
        db.Entry(publication).Property(p => p.Version).OriginalValue = versionEditedFrom;
        return db.SaveChangesAsync(cancellationToken);
    }

    public Task SaveAsync(CancellationToken cancellationToken = default) => db.SaveChangesAsync(cancellationToken);

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

    /// <summary>
    /// Saves the item (checking the version the editor started from) with its audit entries in one
    /// SaveChanges: one transaction, which the retrying execution strategy runs again from the start
    /// when the connection drops. Either all of it is stored, once, or nothing.
    /// </summary>
    public async Task SaveWithAuditAsync(Publication publication, uint versionEditedFrom, IEnumerable<AuditEntry> auditEntries,
        CancellationToken cancellationToken = default)
    {
        db.AuditLog.AddRange(auditEntries);
        await SaveAsync(publication, versionEditedFrom, cancellationToken);
    }

    /// <summary>What is in the database now, bypassing what this context holds: for showing a conflict.</summary>
    public Task<Publication?> CurrentAsync(int id, CancellationToken cancellationToken = default) =>
        db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>
    /// Publishes every scheduled item whose time has come, in one statement: PostgreSQL lets only one
    /// node's UPDATE change each row, so with any number of nodes each item is published exactly once.
    /// </summary>
    public async Task<IReadOnlyList<DuePublication>> PublishDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await db.Database.SqlQuery<DuePublication>(
            $"""
            UPDATE publications SET status = 'Published', updated_at = {now}
            WHERE status = 'Scheduled' AND published_at <= {now} AND deleted_at IS NULL
            RETURNING id AS "Id", title AS "Title"
            """).ToListAsync(cancellationToken);

    /// <summary>
    /// Removes for good the items deleted at or before <paramref name="deletedBefore"/>, in one
    /// statement: with any number of nodes purging, each item is removed (and reported) once. Their
    /// revisions, photos, notes and links go with them by cascade; the stored images of their photos
    /// are deleted in the same statement. The audit log keeps its entries (it has no foreign key).
    /// </summary>
    public async Task<IReadOnlyList<PurgedPublication>> PurgeTrashAsync(DateTimeOffset deletedBefore, CancellationToken cancellationToken = default) =>
        await db.Database.SqlQuery<PurgedPublication>(
            $"""
            WITH purged AS (
                DELETE FROM publications WHERE deleted_at IS NOT NULL AND deleted_at <= {deletedBefore}
                RETURNING id, title, deleted_at
            ), images AS (
                DELETE FROM stored_images s USING photos ph
                WHERE ph.publication_id IN (SELECT id FROM purged) AND (s.id = ph.image_id OR s.id = ph.thumbnail_id)
            )
            SELECT id, title, deleted_at FROM purged
            """).ToListAsync(cancellationToken);

    /// <summary>The saved revisions of an item, newest first.</summary>
    public async Task<IReadOnlyList<PublicationRevision>> RevisionsAsync(int publicationId, CancellationToken cancellationToken = default) =>
        await db.Revisions.AsNoTracking().Where(r => r.PublicationId == publicationId && !r.IsAutosave)
            .OrderByDescending(r => r.SavedAt).ThenByDescending(r => r.Id)
            .ToListAsync(cancellationToken);

    public Task<PublicationRevision?> RevisionAsync(int publicationId, long revisionId, CancellationToken cancellationToken = default) =>
        db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.PublicationId == publicationId && r.Id == revisionId, cancellationToken);

    public void Add(PreviewLink link) => db.PreviewLinks.Add(link);

    public void Add(StoredImage image) => db.StoredImages.Add(image);

    public void Remove(Photo photo) => db.Photos.Remove(photo);

    /// <summary>Deletes the bytes of photos that were removed, so nothing stays behind unreachable.</summary>
    public Task DeleteImagesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        db.StoredImages.Where(i => ids.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);

    /// <summary>A photo's bytes for the editors, whatever the status of its publication.</summary>
    public Task<StoredImage?> ImageOfAsync(int publicationId, Guid imageId, CancellationToken cancellationToken = default) =>
        db.Photos.AsNoTracking().Where(p => p.PublicationId == publicationId && p.ImageId == imageId)
            .Select(p => p.Image!).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PreviewLink>> PreviewLinksAsync(int publicationId, CancellationToken cancellationToken = default) =>
        await db.PreviewLinks.AsNoTracking().Where(l => l.PublicationId == publicationId)
            .OrderByDescending(l => l.CreatedAt).ToListAsync(cancellationToken);

    public Task<PreviewLink?> PreviewLinkAsync(int publicationId, int linkId, CancellationToken cancellationToken = default) =>
        db.PreviewLinks.FirstOrDefaultAsync(l => l.PublicationId == publicationId && l.Id == linkId, cancellationToken);

    /// <summary>The item a preview link shows, if the link is known, unrevoked and unexpired.</summary>
    public Task<Publication?> PreviewedAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        db.PreviewLinks.AsNoTracking()
            .Where(l => l.TokenHash == tokenHash && l.RevokedAt == null && l.ExpiresAt > now)
            .Join(db.Publications.Include(p => p.Section).Where(p => p.DeletedAt == null), l => l.PublicationId, p => p.Id, (l, p) => p)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<AuditEntry>> AuditLogAsync(int? publicationId, int take, CancellationToken cancellationToken = default) =>
        await db.AuditLog.AsNoTracking()
            .Where(a => publicationId == null || a.PublicationId == publicationId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(take)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Section>> SectionsAsync(CancellationToken cancellationToken = default) =>
        await db.Sections.AsNoTracking().OrderBy(s => s.Order).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Person>> PeopleWithPostsAsync(CancellationToken cancellationToken = default) =>
        await db.People.AsNoTracking().Include(p => p.Posts).OrderBy(p => p.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PressContact>> PressContactsAsync(CancellationToken cancellationToken = default) =>
        await db.PressContacts.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<OrganizationBody>> BodiesAsync(CancellationToken cancellationToken = default) =>
        await db.OrganizationBodies.AsNoTracking().OrderBy(b => b.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Publication>> PublishedForReplacementAsync(int exceptId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await db.Publications.AsNoTracking().Where(PublicVisibility.Listed(now)).Where(p => p.Id != exceptId)
            .OrderByDescending(p => p.PublishedAt).Take(200).ToListAsync(cancellationToken);

    public Task<Person?> PersonWithPostsAsync(int id, CancellationToken cancellationToken = default) =>
        db.People.AsNoTracking().Include(p => p.Posts).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<PressContact?> PressContactAsync(int id, CancellationToken cancellationToken = default) =>
        db.PressContacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Publication?> ByIdAsync(int id, CancellationToken cancellationToken = default) =>
        db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

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

    private IQueryable<Publication> Filtered(DashboardFilter filter)
    {
        var items = db.Publications.AsNoTracking().Where(p => p.DeletedAt == null);
        if (filter.SectionId is { } sectionId)
        {
            items = items.Where(p => p.SectionId == sectionId);
        }

        if (filter.Kind is { } kind)
        {
            items = items.Where(p => p.Kind == kind);
        }

        if (filter.Language is { } language)
        {
            items = items.Where(p => p.Language == language);
        }

        if (filter.Status is { } status)
        {
            items = items.Where(p => p.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.TitleContains))
        {
            var pattern = "%" + EscapeLike(filter.TitleContains.Trim()) + "%";
            items = items.Where(p => EF.Functions.ILike(p.Title, pattern, "\\"));
        }

        return items;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static async Task<IReadOnlyList<EditorialSummary>> ListAsync(IQueryable<Publication> items, CancellationToken cancellationToken) =>
        await Summaries(items.Take(ListLength)).ToListAsync(cancellationToken);

    private static IQueryable<EditorialSummary> Summaries(IQueryable<Publication> items) =>
        items.Select(p => new EditorialSummary(
            p.Id, p.Title, p.Slug, p.Kind, p.Language, p.Status, p.Section!.Name, p.PublishedAt, p.UpdatedAt, p.AwaitsApproval, p.ReviewReason));
}
