namespace CstoPress.Web.Caching;

/// <summary>
/// The sections and people every public page asks for (the menu, the section pages, the search filters), kept in
/// this node's memory: they change a few times a year and were read on every request. Cleared by
/// <see cref="PublicContentChanges"/> with the kept pages, and read again after <see cref="CachingOptions.PublicLifetime"/>
/// at the latest, which bounds how late a node that missed the signal can be. Kept also when the output cache is off:
/// that switch is about pages, and this is what keeps pages that are never kept cheap.
/// </summary>
public sealed class KeptCatalog(IServiceScopeFactory scopes, TimeProvider time, IOptions<CachingOptions> options)
{
    private readonly Lock _gate = new();
    private Kept? _kept;
    private int _generation;

    public async Task<IReadOnlyList<SectionLink>> SectionsAsync(CancellationToken cancellationToken = default) =>
        (await CurrentAsync(cancellationToken)).Sections;

    public async Task<SectionLink?> SectionBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        (await SectionsAsync(cancellationToken)).FirstOrDefault(s => s.Slug == slug);

    public async Task<IReadOnlyList<PersonLink>> PeopleAsync(CancellationToken cancellationToken = default) =>
        (await CurrentAsync(cancellationToken)).People;

    public void Clear()
    {
        lock (_gate)
        {
            _kept = null;
            _generation++;
        }
    }

    private async Task<Kept> CurrentAsync(CancellationToken cancellationToken)
    {
        int generation;
        lock (_gate)
        {
            if (_kept is { } kept && time.GetUtcNow() < kept.Until)
            {
                return kept;
            }

            generation = _generation;
        }

        // Several requests may read at once after a clear; each gets a correct answer, and this avoids a lock across I/O.
        var until = time.GetUtcNow() + options.Value.PublicLifetime;
        await using var scope = scopes.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<CatalogRepository>();
        var fresh = new Kept(await catalog.SectionsAsync(cancellationToken), await catalog.PeopleAsync(cancellationToken), until);
        lock (_gate)
        {
            // A change cleared the catalog while it was read: what was read may predate it, so it is not kept.
            if (generation == _generation)
            {
                _kept = fresh;
            }
        }

        return fresh;
    }

    private sealed record Kept(IReadOnlyList<SectionLink> Sections, IReadOnlyList<PersonLink> People, DateTimeOffset Until);
}
