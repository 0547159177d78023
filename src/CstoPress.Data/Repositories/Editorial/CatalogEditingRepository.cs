namespace CstoPress.Data.Repositories.Editorial;

/// <summary>
/// The admin side of the catalog: sections, tags and people, edited and merged (press contacts have
/// <see cref="PressContactEditingRepository"/>). Merging moves every reference of the duplicate to the one
/// kept, in one transaction, then deletes the duplicate, so no publication loses a tag, a person or a speaker.
/// </summary>
public sealed class CatalogEditingRepository(CstoPressDbContext db)
{
    public async Task<IReadOnlyList<Section>> SectionsAsync(CancellationToken cancellationToken = default) =>
        await db.Sections.OrderBy(s => s.Order).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<TagUse>> TagsAsync(CancellationToken cancellationToken = default) =>
        await db.Tags.OrderBy(t => t.Name).Select(t => new TagUse(t.Id, t.Slug, t.Name, t.Publications.Count)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Person>> PeopleAsync(CancellationToken cancellationToken = default) =>
        await db.People.Include(p => p.Posts).OrderBy(p => p.Name).ToListAsync(cancellationToken);

    public Task<Section?> SectionAsync(int id, CancellationToken cancellationToken = default) => db.Sections.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<Tag?> TagAsync(int id, CancellationToken cancellationToken = default) => db.Tags.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    public Task<Person?> PersonAsync(int id, CancellationToken cancellationToken = default) =>
        db.People.Include(p => p.Posts).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<bool> SectionSlugTakenAsync(string slug, int exceptId, CancellationToken cancellationToken = default) =>
        db.Sections.AnyAsync(s => s.Slug == slug && s.Id != exceptId, cancellationToken);

    public Task<bool> TagSlugTakenAsync(string slug, int exceptId, CancellationToken cancellationToken = default) =>
        db.Tags.AnyAsync(t => t.Slug == slug && t.Id != exceptId, cancellationToken);

    public Task<bool> PersonSlugTakenAsync(string slug, int exceptId, CancellationToken cancellationToken = default) =>
        db.People.AnyAsync(p => p.Slug == slug && p.Id != exceptId, cancellationToken);

    public void Add(Section section) => db.Sections.Add(section);

    public void Add(Person person) => db.People.Add(person);

    public Task SaveAsync(CancellationToken cancellationToken = default) => db.SaveChangesAsync(cancellationToken);

    public Task MergeTagsAsync(int duplicateId, int keptId, CancellationToken cancellationToken = default) =>
        db.InOneTransactionAsync(async ct =>
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO publication_tags (tags_id, publications_id) SELECT {keptId}, publications_id FROM publication_tags WHERE tags_id = {duplicateId} ON CONFLICT DO NOTHING", ct);
            await db.Tags.Where(t => t.Id == duplicateId).ExecuteDeleteAsync(ct);
        }, cancellationToken);

    public Task MergePeopleAsync(int duplicateId, int keptId, CancellationToken cancellationToken = default) =>
        db.InOneTransactionAsync(async ct =>
        {
            var duplicate = await db.People.AsNoTracking().FirstAsync(p => p.Id == duplicateId, ct);
            var kept = await db.People.FirstAsync(p => p.Id == keptId, ct);
            var newNames = duplicate.NameVariants.Append(duplicate.Name).Concat(duplicate.NameRu is null ? [] : [duplicate.NameRu])
                .Where(v => !kept.IsKnownAs(v)).Distinct(StringComparer.OrdinalIgnoreCase);
            kept.NameVariants = [.. kept.NameVariants, .. newNames];
            await db.SaveChangesAsync(ct);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO publication_people (people_id, publications_id) SELECT {keptId}, publications_id FROM publication_people WHERE people_id = {duplicateId} ON CONFLICT DO NOTHING", ct);
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE publications SET speech_speaker_id = {keptId} WHERE speech_speaker_id = {duplicateId}", ct);
            await db.PostsHeld.Where(p => p.PersonId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(p => p.PersonId, keptId), ct);
            await db.People.Where(p => p.Id == duplicateId).ExecuteDeleteAsync(ct);
        }, cancellationToken);
}
