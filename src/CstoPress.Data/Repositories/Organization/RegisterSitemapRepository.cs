namespace CstoPress.Data.Repositories.Organization;

/// <summary>What the sitemaps list of the register: the bodies, the public meetings and documents, with when each last changed.</summary>
public sealed class RegisterSitemapRepository(CstoPressDbContext db)
{
    public async Task<IReadOnlyList<string>> BodySlugsAsync(CancellationToken cancellationToken = default) =>
        await db.OrganizationBodies.AsNoTracking().OrderBy(b => b.Order).ThenBy(b => b.Slug).Select(b => b.Slug).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<SitemapMeeting>> MeetingsAsync(CancellationToken cancellationToken = default) =>
        await db.Meetings.AsNoTracking().Where(PublicVisibility.MeetingListed)
            .OrderBy(m => m.Id)
            .Select(m => new SitemapMeeting(m.Body!.Slug, m.Number, m.UpdatedAt))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<SitemapDocument>> DocumentsAsync(CancellationToken cancellationToken = default) =>
        await db.Documents.AsNoTracking().Where(PublicVisibility.DocumentListed)
            .OrderBy(d => d.Id)
            .Select(d => new SitemapDocument(d.Symbol, d.UpdatedAt))
            .ToListAsync(cancellationToken);
}

public sealed record SitemapMeeting(string BodySlug, int Number, DateTimeOffset UpdatedAt);

public sealed record SitemapDocument(string Symbol, DateTimeOffset UpdatedAt);
