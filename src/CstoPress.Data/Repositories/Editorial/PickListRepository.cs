namespace CstoPress.Data.Repositories.Editorial;

/// <summary>The catalog the edit form offers to choose from: sections, people, press contacts, bodies.</summary>
public sealed class PickListRepository(CstoPressDbContext db)
{
    public async Task<IReadOnlyList<Section>> SectionsAsync(CancellationToken cancellationToken = default) =>
        await db.Sections.AsNoTracking().OrderBy(s => s.Order).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Person>> PeopleWithPostsAsync(CancellationToken cancellationToken = default) =>
        await db.People.AsNoTracking().Include(p => p.Posts).OrderBy(p => p.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PressContact>> PressContactsAsync(CancellationToken cancellationToken = default) =>
        await db.PressContacts.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<OrganizationBody>> BodiesAsync(CancellationToken cancellationToken = default) =>
        await db.OrganizationBodies.AsNoTracking().OrderBy(b => b.Name).ToListAsync(cancellationToken);
}
