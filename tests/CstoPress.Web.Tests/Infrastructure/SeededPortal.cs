using CstoPress.Web.DemoContent;

namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>A portal whose database holds the Organization's sections, people and bodies, and no publications.</summary>
public class SeededPortal : PortalFactory
{
    public OrganizationCatalog Catalog { get; } = OrganizationCatalog.Create();

    public Section News => Catalog.Section("news");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDatabaseAsync(db =>
        {
            db.Sections.AddRange(Catalog.Sections);
            db.People.AddRange(Catalog.People);
            db.OrganizationBodies.AddRange(Catalog.Bodies);
            db.PressContacts.Add(Catalog.PressSecretary);
            return Task.CompletedTask;
        });
    }

    public Task AddAsync(params Publication[] publications) => WithDatabaseAsync(db =>
    {
        // The catalog was saved by another context: attach it so that it is referenced, not inserted again.
        db.AttachRange(Catalog.Sections);
        db.AttachRange(Catalog.People);
        db.AttachRange(Catalog.Bodies);
        db.Attach(Catalog.PressSecretary);

        db.Publications.AddRange(publications);
        return Task.CompletedTask;
    });
}
