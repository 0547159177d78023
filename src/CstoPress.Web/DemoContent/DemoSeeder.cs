using CstoPress.Core.People;
using CstoPress.Data.Import;
using CstoPress.Data.Seeding;
using CstoPress.Web.Media;

namespace CstoPress.Web.DemoContent;

/// <summary>
/// Fills an empty development database with the sections, people and bodies of the Organization
/// and a set of demonstration publications written for CstoPress (not copies of real releases),
/// so that a new developer sees every kind of page at once. Then the demonstration archive in
/// Archive/ (pages of our own in the old site's format) goes through the archive importer, on every
/// start: the importer leaves unchanged files alone.
/// </summary>
public sealed class DemoSeeder(
    SeedContentStore store, TimeProvider time, ArchiveImporter importer, PhotoIntake photos, IWebHostEnvironment environment, ILogger<DemoSeeder> logger)
{
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await store.IsEmptyAsync(cancellationToken))
        {
            await SeedCatalogAndPublicationsAsync(cancellationToken);
        }

        await ImportDemoArchiveAsync(cancellationToken);
    }

    private async Task ImportDemoArchiveAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(environment.ContentRootPath, "DemoContent", "Archive");
        if (!Directory.Exists(folder))
        {
            return;
        }

        var summary = await importer.ImportAsync(ArchiveFolder.Files(folder), new ArchiveImportOptions(), null, cancellationToken);
        logger.LogInformation(
            "Demo archive: {Imported} imported, {Updated} updated, {Unchanged} unchanged, {NeedsReview} needing review, {Failed} failed",
            summary.Imported.Count, summary.Updated.Count, summary.Unchanged.Count, summary.NeedsReview.Count, summary.Failed.Count);
    }

    private async Task SeedCatalogAndPublicationsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var catalog = OrganizationCatalog.Create();
        var publications = DemoPublications.Create(catalog, now);
        await AddDemoPictureAsync(publications.Single(p => p.Title == DemoPublications.ExerciseTitle), cancellationToken);
        await store.StoreAsync(
            new SeedContent(catalog.Sections, catalog.People, catalog.Bodies, [catalog.PressSecretary], publications, [.. DemoPublications.Translations(publications)]),
            cancellationToken);
        logger.LogInformation("Seeded the demo content: {Count} publications in {Sections} sections", publications.Count, catalog.Sections.Count);
    }

    private async Task AddDemoPictureAsync(Publication publication, CancellationToken cancellationToken)
    {
        var bytes = DemoPicture.FlagsOverAField();
        using var file = new MemoryStream(bytes);
        var intake = await photos.ReadAsync(file, bytes.Length, cancellationToken);
        if (intake.Image is null || intake.Thumbnail is null)
        {
            return;
        }

        publication.Photos.Add(new Photo
        {
            Image = intake.Image, ImageId = intake.Image.Id, Thumbnail = intake.Thumbnail, ThumbnailId = intake.Thumbnail.Id,
            Caption = "Flags of the member States over the training ground (a drawing made for the demo content)",
            AltText = "A row of flags on poles above a green field under a blue sky",
            Credit = "CstoPress demo", Order = 0,
        });
    }
}
