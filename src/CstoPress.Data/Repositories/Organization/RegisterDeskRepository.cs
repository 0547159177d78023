using CstoPress.Core.Auditing;

namespace CstoPress.Data.Repositories.Organization;

/// <summary>The press office's questions about the register, whatever an entry's review: lists, the review queue, history.</summary>
public sealed class RegisterDeskRepository(CstoPressDbContext db)
{
    private const int ListLength = 500;

    public async Task<IReadOnlyList<DeskDocumentLine>> DocumentsAsync(DeskDocumentFilter filter, CancellationToken cancellationToken = default)
    {
        var documents = db.Documents.AsNoTracking();
        if (filter.BodyId is { } body)
        {
            documents = documents.Where(d => d.BodyId == body);
        }

        if (filter.Type is { } type)
        {
            documents = documents.Where(d => d.Type == type);
        }

        if (filter.Stage is { } stage)
        {
            documents = documents.Where(d => d.Stage == stage);
        }

        if (filter.Review is { } review)
        {
            documents = documents.Where(d => d.Review.Status == review);
        }

        return await DocumentLines(documents.OrderByDescending(d => d.UpdatedAt).Take(ListLength)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DeskMeetingLine>> MeetingsAsync(int? bodyId, CancellationToken cancellationToken = default) =>
        await MeetingLines(db.Meetings.AsNoTracking().Where(m => bodyId == null || m.BodyId == bodyId)
            .OrderByDescending(m => m.StartsOn).ThenByDescending(m => m.Number).Take(ListLength)).ToListAsync(cancellationToken);

    public async Task<RegisterQueue> QueueAsync(CancellationToken cancellationToken = default) => new(
        await DocumentLines(db.Documents.AsNoTracking().Where(d => d.Review.Status == RegisterStatus.InReview).OrderBy(d => d.UpdatedAt)).ToListAsync(cancellationToken),
        await MeetingLines(db.Meetings.AsNoTracking().Where(m => m.Review.Status == RegisterStatus.InReview).OrderBy(m => m.UpdatedAt)).ToListAsync(cancellationToken),
        await DocumentLines(db.Documents.AsNoTracking().Where(d => d.Review.Status == RegisterStatus.Draft).OrderByDescending(d => d.UpdatedAt).Take(50)).ToListAsync(cancellationToken),
        await MeetingLines(db.Meetings.AsNoTracking().Where(m => m.Review.Status == RegisterStatus.Draft).OrderByDescending(m => m.UpdatedAt).Take(50)).ToListAsync(cancellationToken));

    public async Task<IReadOnlyList<MeetingChoice>> MeetingChoicesAsync(CancellationToken cancellationToken = default) =>
        await db.Meetings.AsNoTracking().OrderByDescending(m => m.StartsOn).Take(ListLength)
            .Select(m => new MeetingChoice(m.Id, m.Body!.Name, m.Number, m.StartsOn)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<MeetingDocumentStep>> StepsAtMeetingAsync(int meetingId, CancellationToken cancellationToken = default) =>
        await db.DocumentSteps.AsNoTracking().Where(s => s.MeetingId == meetingId).OrderBy(s => s.On).ThenBy(s => s.Id)
            .Select(s => new MeetingDocumentStep(s.DocumentId, db.Documents.Where(d => d.Id == s.DocumentId).Select(d => d.Symbol).First(), s.Stage, s.On))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<OrganizationBody>> BodiesAsync(CancellationToken cancellationToken = default) =>
        await db.OrganizationBodies.AsNoTracking().OrderBy(b => b.Order).ThenBy(b => b.Name).ToListAsync(cancellationToken);

    /// <summary>The kept versions of an entry, newest first.</summary>
    public async Task<IReadOnlyList<RegisterRevision>> RevisionsAsync(RegisterEntryKind kind, int id, CancellationToken cancellationToken = default) =>
        await db.RegisterRevisions.AsNoTracking().Where(r => r.Kind == kind && r.EntryId == id)
            .OrderByDescending(r => r.SavedAt).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<AuditEntry>> AuditOfAsync(RegisterEntryKind kind, int id, CancellationToken cancellationToken = default) =>
        await db.AuditLog.AsNoTracking().Where(a => a.RegisterKind == kind && a.RegisterEntryId == id)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(200).ToListAsync(cancellationToken);

    private static IQueryable<DeskDocumentLine> DocumentLines(IQueryable<Document> documents) =>
        documents.Select(d => new DeskDocumentLine(
            d.Id, d.Symbol,
            d.Versions.OrderByDescending(v => v.IsOriginal).Select(v => v.Title).FirstOrDefault() ?? d.Symbol,
            d.Type, d.Body == null ? d.AdoptingBodyName : d.Body.Name, d.Stage, d.Review.Status, d.UpdatedAt));

    private static IQueryable<DeskMeetingLine> MeetingLines(IQueryable<Meeting> meetings) =>
        meetings.Select(m => new DeskMeetingLine(m.Id, m.BodyId, m.Body!.Name, m.Number, m.StartsOn, m.Place, m.Status, m.Review.Status, m.UpdatedAt));
}
