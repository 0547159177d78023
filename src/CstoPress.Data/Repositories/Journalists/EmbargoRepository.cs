using System.Linq.Expressions;
using CstoPress.Core.Journalists;

namespace CstoPress.Data.Repositories.Journalists;

/// <summary>
/// What accredited journalists receive ahead of the public, and the press office's record of it.
/// Which items count as embargoed is <see cref="EmbargoVisibility"/>'s rule; which journalists may see them,
/// <see cref="Accreditation.Active"/>'s. Both are checked on every request, so a revocation holds at once on every node.
/// </summary>
public sealed class EmbargoRepository(CstoPressDbContext db)
{
    public Task<ActiveJournalist?> ActiveJournalistAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ActiveJournalists(now).Where(a => a.UserId == userId).Select(AsJournalist).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The journalist a personal feed address belongs to, if that address is still theirs and they are still accredited.</summary>
    public Task<ActiveJournalist?> ActiveJournalistByFeedAsync(string feedTokenHash, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ActiveJournalists(now).Where(a => a.FeedTokenHash == feedTokenHash).Select(AsJournalist).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Every item under embargo now, the soonest to go out first.</summary>
    public async Task<IReadOnlyList<EmbargoedItem>> EmbargoedAsync(CancellationToken cancellationToken = default) =>
        await Embargoed().OrderBy(p => p.PublishedAt).ThenBy(p => p.Id).Select(AsItem).ToListAsync(cancellationToken);

    public Task<EmbargoedItem?> EmbargoedItemAsync(int id, CancellationToken cancellationToken = default) =>
        Embargoed().Where(p => p.Id == id).Select(AsItem).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The public address of an item no longer under embargo because it went out: where a journalist's old link leads.</summary>
    public async Task<(ContentLanguage Language, string Slug)?> ReleasedAsync(int id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var released = await db.Publications.AsNoTracking().Where(PublicVisibility.Reachable(now)).Where(p => p.Id == id)
            .Select(p => new { p.Language, p.Slug }).FirstOrDefaultAsync(cancellationToken);
        return released is null ? null : (released.Language, released.Slug);
    }

    public async Task RecordAsync(IEnumerable<EmbargoAccess> accesses, CancellationToken cancellationToken = default)
    {
        db.EmbargoAccesses.AddRange(accesses);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Who saw an item while it was under embargo, the latest first.</summary>
    public async Task<IReadOnlyList<EmbargoAccessLine>> AccessesOfAsync(int publicationId, CancellationToken cancellationToken = default) =>
        await AccessLines(db.EmbargoAccesses.Where(a => a.PublicationId == publicationId)).ToListAsync(cancellationToken);

    /// <summary>The journalists whose copies carry these recipient codes, with everything they saw.</summary>
    public async Task<IReadOnlyList<EmbargoRecipient>> RecipientsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default)
    {
        var recipients = await db.Accreditations.AsNoTracking()
            .Where(a => codes.Contains(a.RecipientCode))
            .Select(a => new { a.Id, a.RecipientCode, a.Name, a.Outlet, a.WorkEmail, a.Status })
            .ToListAsync(cancellationToken);
        var ids = recipients.Select(r => r.Id).ToList();
        var accesses = await AccessLines(db.EmbargoAccesses.Where(a => ids.Contains(a.AccreditationId))).ToListAsync(cancellationToken);
        return recipients
            .Select(r => new EmbargoRecipient(r.Id, r.RecipientCode, r.Name, r.Outlet, r.WorkEmail, r.Status,
                accesses.Where(l => l.RecipientCode == r.RecipientCode).ToList()))
            .ToList();
    }

    private IQueryable<Accreditation> ActiveJournalists(DateTimeOffset now) =>
        db.Accreditations.AsNoTracking().Where(Accreditation.Active(now));

    private IQueryable<Publication> Embargoed() =>
        db.Publications.AsNoTracking().Where(EmbargoVisibility.SeenByJournalists);

    /// <summary>The log lines of these accesses, the latest first.</summary>
    private IQueryable<EmbargoAccessLine> AccessLines(IQueryable<EmbargoAccess> accesses) =>
        from access in accesses.AsNoTracking()
        join accreditation in db.Accreditations on access.AccreditationId equals accreditation.Id
        join publication in db.Publications on access.PublicationId equals publication.Id
        orderby access.At descending, access.Id descending
        select new EmbargoAccessLine(access.At, access.Channel, access.RemoteAddress, access.PublicationId, publication.Title,
            accreditation.Name, accreditation.Outlet, accreditation.RecipientCode);

    private static readonly Expression<Func<Accreditation, ActiveJournalist>> AsJournalist =
        a => new ActiveJournalist(a.Id, a.Name, a.Outlet, a.RecipientCode, a.TimeZone);

    private static readonly Expression<Func<Publication, EmbargoedItem>> AsItem =
        p => new EmbargoedItem(
            p.Id, p.Kind, p.Language, p.Title, p.Lead, p.Body, p.PublishedAt!.Value, p.UpdatedAt, p.EmbargoNote,
            p.Language == ContentLanguage.Ru ? p.Section!.NameRu : p.Section!.Name,
            p.Photos.Where(ph => ph.ImageId != null).OrderBy(ph => ph.Order)
                .Select(ph => new EmbargoedPhoto(ph.ImageId!.Value, ph.Caption, ph.AltText, ph.Credit)).ToList());
}
