namespace CstoPress.Data.Repositories;

/// <summary>The archive by year and month: how much was published when.</summary>
public sealed class ArchiveRepository(CstoPressDbContext db, TimeProvider time)
{
    /// <summary>
    /// The publication times of a language between two instants. Months are counted by the caller
    /// in the press office's time zone: a release at 23:30 UTC on 31 August is a September release in Moscow.
    /// A year of publications is a few thousand timestamps, cheaper than teaching SQL the zone's history.
    /// </summary>
    public async Task<IReadOnlyList<DateTimeOffset>> PublicationTimesAsync(
        ContentLanguage language, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        await Listed(new PublicationNarrowing { Language = language, From = from, Until = until })
            .Select(p => p.PublishedAt!.Value)
            .ToListAsync(cancellationToken);

    /// <summary>Whether anything was published in a language between two instants: is there a year to link to.</summary>
    public Task<bool> AnyBetweenAsync(ContentLanguage language, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        Listed(new PublicationNarrowing { Language = language, From = from, Until = until }).AnyAsync(cancellationToken);

    private IQueryable<Publication> Listed(PublicationNarrowing narrowing) =>
        db.Publications.AsNoTracking().Where(PublicVisibility.Listed(time.GetUtcNow())).NarrowedBy(narrowing);
}
