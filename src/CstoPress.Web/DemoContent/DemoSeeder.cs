using CstoPress.Core.People;
using CstoPress.Core.Publications;
using CstoPress.Data;
using Microsoft.EntityFrameworkCore;

namespace CstoPress.Web.DemoContent;

/// <summary>
/// Fills an empty development database with the sections, people and bodies of the Organization
/// and a set of demonstration publications written for CstoPress (not copies of real releases),
/// so that a new developer sees every kind of page at once.
/// </summary>
public sealed class DemoSeeder(CstoPressDbContext db, TimeProvider time, ILogger<DemoSeeder> logger)
{
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Sections.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var catalog = OrganizationCatalog.Create();
        db.Sections.AddRange(catalog.Sections);
        db.People.AddRange(catalog.People);
        db.OrganizationBodies.AddRange(catalog.Bodies);
        db.PressContacts.Add(catalog.PressSecretary);

        var publications = DemoPublications.Create(catalog, now);
        db.Publications.AddRange(publications);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (translation, original) in DemoPublications.Translations(publications))
        {
            translation.TranslationOfId = original.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the demo content: {Count} publications in {Sections} sections", publications.Count, catalog.Sections.Count);
    }
}
