using CstoPress.Core.Translations;

namespace CstoPress.Data.Repositories;

/// <summary>The press office's questions about translations: what still lacks one, and starting one.</summary>
public sealed class TranslationRepository(CstoPressDbContext db, TimeProvider time)
{
    /// <summary>
    /// Originals without a translation, newest first: published and scheduled items, and drafts
    /// (withdrawn and deleted items need none). <paramref name="language"/> narrows to originals in that language.
    /// </summary>
    public async Task<IReadOnlyList<MissingTranslation>> MissingTranslationsAsync(
        ContentLanguage? language, int count, CancellationToken cancellationToken = default)
    {
        var query = db.Publications.AsNoTracking()
            .Where(p => p.DeletedAt == null && p.Status != PublicationStatus.Withdrawn)
            .Where(p => p.TranslationOfId == null && p.Translation == null);
        if (language is { } only)
        {
            query = query.Where(p => p.Language == only);
        }

        return await query
            .OrderByDescending(p => p.PublishedAt ?? p.CreatedAt).ThenByDescending(p => p.Id)
            .Take(count)
            .Select(p => new MissingTranslation(p.Id, p.Title, p.Language, p.Kind, p.Status, p.PublishedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Translations whose original changed in a major way since they were last saved, the longest waiting first.</summary>
    public async Task<IReadOnlyList<MissingTranslation>> ToUpdateAsync(int count, CancellationToken cancellationToken = default) =>
        await db.Publications.AsNoTracking()
            .Where(p => p.DeletedAt == null && p.OriginalChangedAt != null && p.TranslationOfId != null)
            .OrderBy(p => p.OriginalChangedAt).ThenBy(p => p.Id)
            .Take(count)
            .Select(p => new MissingTranslation(p.Id, p.Title, p.Language, p.Kind, p.Status, p.OriginalChangedAt))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Adds a draft translation of publication <paramref name="originalId"/>, pre-filled by
    /// <see cref="TranslationDrafts.DraftOf"/>, and returns it; null when there is no such publication.
    /// </summary>
    /// <exception cref="PublicationRuleException">The item is a translation or already has one.</exception>
    public async Task<Publication?> StartTranslationAsync(int originalId, CancellationToken cancellationToken = default)
    {
        var original = await db.Publications
            .Include(p => p.Translation)
            .Include(p => p.Photos)
            .Include(p => p.Tags)
            .Include(p => p.People)
            .Include(p => p.Bodies)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == originalId && p.DeletedAt == null, cancellationToken);
        if (original is null)
        {
            return null;
        }

        var draft = TranslationDrafts.DraftOf(original, time.GetUtcNow());
        db.Publications.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }
}

/// <summary>An original the press office has not translated yet.</summary>
public sealed record MissingTranslation(
    int Id, string Title, ContentLanguage Language, PublicationKind Kind, PublicationStatus Status, DateTimeOffset? PublishedAt);
