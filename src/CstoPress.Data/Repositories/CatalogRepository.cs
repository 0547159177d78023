namespace CstoPress.Data.Repositories;

/// <summary>The public site's questions about sections, tags and people (its navigation and landing pages).</summary>
public sealed class CatalogRepository(CstoPressDbContext db)
{
    public async Task<IReadOnlyList<SectionLink>> SectionsAsync(CancellationToken cancellationToken = default) =>
        await db.Sections.AsNoTracking()
            .OrderBy(s => s.Order)
            .Select(s => new SectionLink(s.Id, s.Slug, s.Name, s.NameRu))
            .ToListAsync(cancellationToken);

    public Task<SectionLink?> SectionBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Sections.AsNoTracking()
            .Where(s => s.Slug == slug)
            .Select(s => new SectionLink(s.Id, s.Slug, s.Name, s.NameRu))
            .SingleOrDefaultAsync(cancellationToken);

    public Task<TagLink?> TagBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Tags.AsNoTracking()
            .Where(t => t.Slug == slug)
            .Select(t => new TagLink(t.Id, t.Slug, t.Name))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Everyone publications can be by or about, by name: the search page's person filter.</summary>
    public async Task<IReadOnlyList<PersonLink>> PeopleAsync(CancellationToken cancellationToken = default) =>
        await db.People.AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new PersonLink(p.Id, p.Slug, p.Name, p.NameRu))
            .ToListAsync(cancellationToken);

    public async Task<PersonProfile?> PersonBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var person = await db.People.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new
            {
                p.Id, p.Slug, p.Name, p.NameRu,
                Posts = p.Posts.OrderByDescending(post => post.From)
                    .Select(post => new PostOnProfile(post.Title, post.TitleRu, post.IsActing, post.From, post.To))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return person is null ? null : new PersonProfile(person.Id, person.Slug, person.Name, person.NameRu, person.Posts);
    }
}

public sealed record SectionLink(int Id, string Slug, string Name, string NameRu)
{
    public string NameIn(ContentLanguage language) => language == ContentLanguage.Ru ? NameRu : Name;
}

public sealed record TagLink(int Id, string Slug, string Name);

public sealed record PersonProfile(int Id, string Slug, string Name, string? NameRu, IReadOnlyList<PostOnProfile> Posts)
{
    public string NameIn(ContentLanguage language) => language == ContentLanguage.Ru && NameRu is not null ? NameRu : Name;
}

public sealed record PersonLink(int Id, string Slug, string Name, string? NameRu)
{
    public string NameIn(ContentLanguage language) => language == ContentLanguage.Ru && NameRu is not null ? NameRu : Name;
}

public sealed record PostOnProfile(string Title, string? TitleRu, bool IsActing, DateOnly From, DateOnly? To);
