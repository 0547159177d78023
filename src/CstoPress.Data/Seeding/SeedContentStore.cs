namespace CstoPress.Data.Seeding;

/// <summary>Fills a new database with its first content, such as the demonstration content of a developer's machine.</summary>
public sealed class SeedContentStore(CstoPressDbContext db)
{
    /// <summary>A database without sections has never been filled: nothing can be published without one.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        !await db.Sections.AnyAsync(cancellationToken);

    public async Task StoreAsync(SeedContent content, CancellationToken cancellationToken = default)
    {
        db.Sections.AddRange(content.Sections);
        db.People.AddRange(content.People);
        db.OrganizationBodies.AddRange(content.Bodies);
        db.PressContacts.AddRange(content.PressContacts);
        db.Publications.AddRange(content.Publications);
        await db.SaveChangesAsync(cancellationToken);

        // The link names the original by its id, which the database gives it only on the first save.
        foreach (var (translation, original) in content.Translations)
        {
            translation.TranslationOfId = original.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
