namespace CstoPress.Data.Repositories.Organization;

/// <summary>The public's questions about meetings: the forward calendar, its feed, one meeting.</summary>
public sealed class MeetingRepository(CstoPressDbContext db, TimeProvider time)
{
    private IQueryable<Meeting> Listed => db.Meetings.AsNoTracking().Where(PublicVisibility.MeetingListed);

    /// <summary>Meetings not yet over (whatever their status, so a postponement or cancellation is seen), soonest first.</summary>
    public async Task<IReadOnlyList<MeetingLine>> AheadAsync(DateOnly today, CancellationToken cancellationToken = default) =>
        await Listed.Where(m => (m.EndsOn ?? m.StartsOn) >= today)
            .OrderBy(m => m.StartsOn).ThenBy(m => m.Id)
            .MeetingLines().ToListAsync(cancellationToken);

    /// <summary>The latest meetings already over, newest first.</summary>
    public async Task<IReadOnlyList<MeetingLine>> RecentAsync(DateOnly today, int count, CancellationToken cancellationToken = default) =>
        await Listed.Where(m => (m.EndsOn ?? m.StartsOn) < today)
            .OrderByDescending(m => m.StartsOn).ThenByDescending(m => m.Id)
            .Take(count)
            .MeetingLines().ToListAsync(cancellationToken);

    /// <summary>What the calendar feed carries: every meeting from <paramref name="since"/> on, so subscribers keep the recent past.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> CalendarAsync(DateOnly since, CancellationToken cancellationToken = default) =>
        await Listed.Where(m => (m.EndsOn ?? m.StartsOn) >= since)
            .OrderBy(m => m.StartsOn).ThenBy(m => m.Id)
            .Select(m => new CalendarEntry(
                new MeetingLine(m.Id, m.Body!.Slug, m.Body.Name, m.Body.NameRu, m.Number, m.StartsOn, m.EndsOn, m.Place, m.PlaceRu, m.Status, m.StatusReason),
                m.Agenda, m.AgendaRu, m.UpdatedAt, m.StatusChanges.Count))
            .ToListAsync(cancellationToken);

    public async Task<MeetingPage?> MeetingPageAsync(string bodySlug, int number, ContentLanguage language, CancellationToken cancellationToken = default)
    {
        var meeting = await Listed
            .Include(m => m.Body)
            .Include(m => m.StatusChanges.OrderBy(c => c.At))
            .FirstOrDefaultAsync(m => m.Body!.Slug == bodySlug && m.Number == number, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var steps = await db.DocumentSteps.AsNoTracking()
            .Where(s => s.MeetingId == meeting.Id)
            .Select(s => new { s.DocumentId, s.Stage })
            .ToListAsync(cancellationToken);
        var ids = steps.Select(s => s.DocumentId).Distinct().ToList();
        var lines = await db.Documents.AsNoTracking().Where(PublicVisibility.DocumentListed).Where(d => ids.Contains(d.Id))
            .DocumentLines(language).ToDictionaryAsync(l => l.Id, cancellationToken);
        var documents = steps.Where(s => lines.ContainsKey(s.DocumentId))
            .GroupBy(s => s.DocumentId)
            .Select(g => new MeetingDocument(lines[g.Key], g.Max(s => s.Stage)))
            .OrderByDescending(d => d.Stage).ThenBy(d => d.Document.Symbol, StringComparer.Ordinal)
            .ToList();
        var news = await PublicationRepository.Summaries(db.Meetings.Where(m => m.Id == meeting.Id).SelectMany(m => m.News)
                .Where(PublicVisibility.Listed(time.GetUtcNow())).NewestFirst())
            .ToListAsync(cancellationToken);
        return new MeetingPage(meeting, documents, news);
    }
}
