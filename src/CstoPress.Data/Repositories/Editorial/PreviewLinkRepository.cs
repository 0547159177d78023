using CstoPress.Core.Auditing;

namespace CstoPress.Data.Repositories.Editorial;

/// <summary>The secret addresses at which someone without an account reads an unpublished item.</summary>
public sealed class PreviewLinkRepository(CstoPressDbContext db)
{
    public async Task<IReadOnlyList<PreviewLink>> LinksOfAsync(int publicationId, CancellationToken cancellationToken = default) =>
        await db.PreviewLinks.AsNoTracking().Where(l => l.PublicationId == publicationId)
            .OrderByDescending(l => l.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>The item a preview link shows, if the link is known, unrevoked and unexpired.</summary>
    public Task<Publication?> PreviewedAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        db.PreviewLinks.AsNoTracking()
            .Where(l => l.TokenHash == tokenHash && l.RevokedAt == null && l.ExpiresAt > now)
            .Join(db.Publications.Include(p => p.Section).Where(p => p.DeletedAt == null), l => l.PublicationId, p => p.Id, (l, p) => p)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task CreateAsync(PreviewLink link, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        db.PreviewLinks.Add(link);
        db.AuditLog.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Stops the link working; false when the item has no such link.</summary>
    public async Task<bool> RevokeAsync(int publicationId, int linkId, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var link = await db.PreviewLinks.FirstOrDefaultAsync(l => l.PublicationId == publicationId && l.Id == linkId, cancellationToken);
        if (link is null)
        {
            return false;
        }

        link.RevokedAt ??= entry.At;
        db.AuditLog.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
