using CstoPress.Core.Markdown;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CstoPress.Data;

/// <summary>
/// Keeps <see cref="Publication.BodyHtml"/> in step with the body: rendered whenever a publication is saved with a
/// new body or language, and for rows that have none yet (written before the column, or by raw SQL) when the
/// migrations are applied. Rendering and sanitizing Markdown costs more than everything else a page does, so it
/// is done once per save rather than once per request.
/// </summary>
public static class PublicationBodies
{
    private const int Batch = 1_000;

    // The default limits: the stored page must not depend on one node's settings, and no body longer than
    // the default limit can be saved by an editor anyway.
    private static readonly PublicationMarkdown Markdown = new();

    public static string Render(Publication publication) => Render(publication.Body, publication.Language);

    public static string Render(string body, ContentLanguage language) => Markdown.ToHtml(body, language);

    /// <summary>Renders the body of each publication about to be inserted, or updated with a new body or language.</summary>
    internal static void RenderChanged(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries<Publication>())
        {
            var changed = entry.State == EntityState.Added
                || (entry.State == EntityState.Modified
                    && (entry.Property(p => p.Body).IsModified || entry.Property(p => p.Language).IsModified || entry.Entity.BodyHtml is null));
            if (changed)
            {
                entry.Entity.BodyHtml = Render(entry.Entity);
            }
        }
    }

    /// <summary>Renders the bodies that have no stored HTML yet, a batch at a time; returns how many.</summary>
    public static async Task<int> RenderMissingAsync(this CstoPressDbContext db, CancellationToken cancellationToken = default)
    {
        var rendered = 0;
        while (true)
        {
            var batch = await db.Publications.AsNoTracking()
                .Where(p => p.BodyHtml == null)
                .OrderBy(p => p.Id)
                .Take(Batch)
                .Select(p => new { p.Id, p.Body, p.Language })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return rendered;
            }

            var html = batch.Select(p => Render(p.Body, p.Language)).ToArray();
            var ids = batch.Select(p => p.Id).ToArray();
            await db.Database.ExecuteSqlAsync(
                $"UPDATE publications AS p SET body_html = r.html FROM unnest({ids}, {html}) AS r(id, html) WHERE p.id = r.id",
                cancellationToken);
            rendered += batch.Count;
        }
    }
}
