using CstoPress.Core.Auditing;

namespace CstoPress.Data.Repositories.Editorial;

/// <summary>The press office's desk: what waits at each step of the workflow, the trash and the audit log.</summary>
public sealed class EditorialDeskRepository(CstoPressDbContext db)
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

    public async Task<IReadOnlyList<AuditEntry>> AuditLogAsync(int? publicationId, int take, CancellationToken cancellationToken = default) =>
        await db.AuditLog.AsNoTracking()
            .Where(a => publicationId == null || a.PublicationId == publicationId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(take)
            .ToListAsync(cancellationToken);

    private IQueryable<Publication> Filtered(DashboardFilter filter)
    {
        var items = db.Publications.AsNoTracking().Where(p => p.DeletedAt == null).NarrowedBy(filter.Narrowing);
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
