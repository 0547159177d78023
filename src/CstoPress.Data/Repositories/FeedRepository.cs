namespace CstoPress.Data.Repositories;

/// <summary>
/// What the Atom and RSS feeds carry. Entries are what the public may list: drafts, scheduled,
/// future-dated and withdrawn items never appear; withdrawals and change notes are told in the
/// corrections feed instead.
/// </summary>
public sealed class FeedRepository(CstoPressDbContext db, TimeProvider time)
{
    /// <summary>The newest entries of a feed, and when the feed last changed.</summary>
    public async Task<FeedContent> FeedAsync(PublicationNarrowing narrowing, int count, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var entries = await PublicationEntries.Project(db.Publications.AsNoTracking().Where(PublicVisibility.Listed(now))
                .NarrowedBy(narrowing)
                .NewestFirst()
                .Take(count))
            .ToListAsync(cancellationToken);

        // A withdrawal takes an item out of the feed: that is a change of the feed too.
        var lastWithdrawal = await db.Publications.AsNoTracking().Where(PublicVisibility.Reachable(now))
            .NarrowedBy(narrowing)
            .Where(p => p.Status == PublicationStatus.Withdrawn && p.WithdrawnAt <= now)
            .MaxAsync(p => p.WithdrawnAt, cancellationToken);

        return new FeedContent(entries, Latest(entries.Select(e => (DateTimeOffset?)e.LastChangedAt).Append(lastWithdrawal)));
    }

    /// <summary>The newest public change notes and withdrawals in a language, newest first.</summary>
    public async Task<CorrectionsContent> CorrectionsAsync(ContentLanguage language, int count, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var notes = await db.ChangeNotes.AsNoTracking()
            .Where(n => n.ChangedAt <= now)
            .Join(db.Publications.Where(PublicVisibility.Listed(now)).Where(p => p.Language == language),
                n => n.PublicationId, p => p.Id, (n, p) => new { Note = n, Publication = p })
            .OrderByDescending(c => c.Note.ChangedAt).ThenByDescending(c => c.Note.Id)
            .Take(count)
            .Select(c => new Correction(
                CorrectionKind.ChangeNote, c.Note.Id, c.Note.ChangedAt, c.Note.Note, c.Publication.Id, c.Publication.Slug, c.Publication.Title,
                c.Publication.Language, c.Publication.Section!.Slug,
                c.Publication.Language == ContentLanguage.Ru ? c.Publication.Section.NameRu : c.Publication.Section.Name))
            .ToListAsync(cancellationToken);
        var withdrawals = await db.Publications.AsNoTracking()
            .Where(PublicVisibility.Reachable(now))
            .Where(p => p.Language == language && p.Status == PublicationStatus.Withdrawn && p.WithdrawnAt != null && p.WithdrawnAt <= now)
            .OrderByDescending(p => p.WithdrawnAt).ThenByDescending(p => p.Id)
            .Take(count)
            .Select(p => new Correction(
                CorrectionKind.Withdrawal, p.Id, p.WithdrawnAt!.Value, p.WithdrawalReason ?? "", p.Id, p.Slug, p.Title, p.Language,
                p.Section!.Slug, p.Language == ContentLanguage.Ru ? p.Section.NameRu : p.Section.Name))
            .ToListAsync(cancellationToken);

        var corrections = notes.Concat(withdrawals)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .Take(count)
            .ToList();
        return new CorrectionsContent(corrections, Latest(corrections.Select(c => (DateTimeOffset?)c.At)));
    }

    /// <summary>An empty feed has never changed: a fixed time keeps its ETag and Last-Modified stable.</summary>
    private static DateTimeOffset Latest(IEnumerable<DateTimeOffset?> times) =>
        times.Max() ?? DateTimeOffset.UnixEpoch;
}

public sealed record FeedContent(IReadOnlyList<PublicationEntry> Entries, DateTimeOffset UpdatedAt);

public sealed record CorrectionsContent(IReadOnlyList<Correction> Corrections, DateTimeOffset UpdatedAt);

public enum CorrectionKind
{
    ChangeNote,
    Withdrawal,
}

/// <summary>A public change note (Id is the note's) or a withdrawal (Id is the publication's).</summary>
public sealed record Correction(
    CorrectionKind Kind,
    int Id,
    DateTimeOffset At,
    string Note,
    int PublicationId,
    string Slug,
    string Title,
    ContentLanguage Language,
    string SectionSlug,
    string SectionName);
