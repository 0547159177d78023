namespace CstoPress.Data.Repositories.Organization;

/// <summary>The public's questions about the Organization's bodies.</summary>
public sealed class BodyRepository(CstoPressDbContext db, TimeProvider time)
{
    private const int NewsOnBodyPage = 10;

    /// <summary>Every body in the Charter's order, with its chairmanships (to name today's chair).</summary>
    public async Task<IReadOnlyList<OrganizationBody>> BodiesAsync(CancellationToken cancellationToken = default) =>
        await db.OrganizationBodies.AsNoTracking()
            .Include(b => b.Chairmanships)
            .OrderBy(b => b.Order).ThenBy(b => b.Name)
            .ToListAsync(cancellationToken);

    public async Task<BodyPage?> BodyPageAsync(string slug, ContentLanguage language, CancellationToken cancellationToken = default)
    {
        var body = await db.OrganizationBodies.AsNoTracking()
            .Include(b => b.Chairmanships.OrderByDescending(c => c.From))
            .Include(b => b.Representatives.OrderBy(r => r.State).ThenByDescending(r => r.From))
            .AsSplitQuery()
            .FirstOrDefaultAsync(b => b.Slug == slug, cancellationToken);
        if (body is null)
        {
            return null;
        }

        var meetings = await db.Meetings.AsNoTracking().Where(PublicVisibility.MeetingListed)
            .Where(m => m.BodyId == body.Id)
            .OrderByDescending(m => m.StartsOn).ThenByDescending(m => m.Number)
            .MeetingLines().ToListAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking().Where(PublicVisibility.DocumentListed)
            .Where(d => d.BodyId == body.Id)
            .NewestFirst().DocumentLines(language).ToListAsync(cancellationToken);
        var news = await PublicationRepository.Summaries(db.Publications.AsNoTracking()
                .Where(PublicVisibility.Listed(time.GetUtcNow()))
                .Where(p => p.Language == language && p.Bodies.Any(b => b.Id == body.Id))
                .NewestFirst().Take(NewsOnBodyPage))
            .ToListAsync(cancellationToken);
        return new BodyPage(body, meetings, documents, news);
    }
}
