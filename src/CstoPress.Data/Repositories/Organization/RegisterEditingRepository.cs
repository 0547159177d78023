using CstoPress.Core.Auditing;

namespace CstoPress.Data.Repositories.Organization;

/// <summary>
/// Register entries loaded for editing, tracked, and saved back with their revisions and audit entries in one
/// SaveChanges. A save checks the row version the editor started from, as a publication's does.
/// </summary>
public sealed class RegisterEditingRepository(CstoPressDbContext db)
{
    public Task<Document?> DocumentAsync(int id, CancellationToken cancellationToken = default) =>
        db.Documents.Include(d => d.Body).Include(d => d.Versions).ThenInclude(v => v.Files).Include(d => d.Steps)
            .AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    public Task<Meeting?> MeetingAsync(int id, CancellationToken cancellationToken = default) =>
        db.Meetings.Include(m => m.Body).Include(m => m.StatusChanges)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public Task<OrganizationBody?> BodyAsync(int id, CancellationToken cancellationToken = default) =>
        db.OrganizationBodies.Include(b => b.Chairmanships).Include(b => b.Representatives)
            .AsSplitQuery().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

    /// <summary>The entry as stored now, bypassing what this context holds: for showing a conflict.</summary>
    public Task<Document?> CurrentDocumentAsync(int id, CancellationToken cancellationToken = default) =>
        db.Documents.AsNoTracking().Include(d => d.Body).Include(d => d.Versions).ThenInclude(v => v.Files).Include(d => d.Steps)
            .AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    public Task<Meeting?> CurrentMeetingAsync(int id, CancellationToken cancellationToken = default) =>
        db.Meetings.AsNoTracking().Include(m => m.Body).Include(m => m.StatusChanges).AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public Task<OrganizationBody?> CurrentBodyAsync(int id, CancellationToken cancellationToken = default) =>
        db.OrganizationBodies.AsNoTracking().Include(b => b.Chairmanships).Include(b => b.Representatives)
            .AsSplitQuery().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

    public Task<bool> IsSymbolTakenAsync(string symbolKey, int exceptDocumentId, CancellationToken cancellationToken = default) =>
        db.Documents.AnyAsync(d => d.SymbolKey == symbolKey && d.Id != exceptDocumentId, cancellationToken);

    public Task<bool> IsMeetingNumberTakenAsync(int bodyId, int number, int exceptMeetingId, CancellationToken cancellationToken = default) =>
        db.Meetings.AnyAsync(m => m.BodyId == bodyId && m.Number == number && m.Id != exceptMeetingId, cancellationToken);

    public Task<bool> MeetingExistsAsync(int id, CancellationToken cancellationToken = default) =>
        db.Meetings.AnyAsync(m => m.Id == id, cancellationToken);

    public Task<OrganizationBody?> BodyNamedAsync(int id, CancellationToken cancellationToken = default) =>
        db.OrganizationBodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

    /// <summary>Gives a new entry its id before it is stored, so that its audit entry can name it in the same SaveChanges.</summary>
    public Task<int> ReserveIdAsync(RegisterEntryKind kind, CancellationToken cancellationToken = default) =>
        (kind == RegisterEntryKind.Meeting
            ? db.Database.SqlQuery<int>($"SELECT nextval(pg_get_serial_sequence('meetings', 'id'))::int AS \"Value\"")
            : db.Database.SqlQuery<int>($"SELECT nextval(pg_get_serial_sequence('documents', 'id'))::int AS \"Value\""))
        .SingleAsync(cancellationToken);

    public Task SaveNewAsync(Document document, IEnumerable<AuditEntry> audit, CancellationToken cancellationToken = default)
    {
        db.Documents.Add(document);
        return SaveAsync([], audit, cancellationToken);
    }

    public Task SaveNewAsync(Meeting meeting, IEnumerable<AuditEntry> audit, CancellationToken cancellationToken = default)
    {
        db.Meetings.Add(meeting);
        return SaveAsync([], audit, cancellationToken);
    }

    /// <summary>
    /// Saves an entry loaded here, refusing (with <see cref="RegisterEditConflictException"/>) when someone else saved it
    /// after <paramref name="versionEditedFrom"/>.
    /// </summary>
    public Task SaveEditAsync<TEntry>(TEntry entry, uint versionEditedFrom, IEnumerable<RegisterRevision> revisions, IEnumerable<AuditEntry> audit,
        CancellationToken cancellationToken = default)
        where TEntry : class
    {
        var tracked = db.Entry(entry);
        tracked.Property<uint>("Version").OriginalValue = versionEditedFrom;
        // A change to a version's text or a step alone leaves the entry's row as it was; the row is written anyway, so
        // that its version is checked and moves on, and the next editor starting from the old one is refused.
        tracked.Property<DateTimeOffset>("UpdatedAt").IsModified = true;
        return SaveAsync(revisions, audit, cancellationToken);
    }

    private async Task SaveAsync(IEnumerable<RegisterRevision> revisions, IEnumerable<AuditEntry> audit, CancellationToken cancellationToken)
    {
        db.RegisterRevisions.AddRange(revisions);
        db.AuditLog.AddRange(audit);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            throw new RegisterEditConflictException(conflict);
        }
    }
}
