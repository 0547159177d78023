using CstoPress.Core.Import;

namespace CstoPress.Data.Import;

/// <summary>
/// What the database already knows that an import run needs (sections, earlier import records, addresses
/// in use, learned boilerplate, press contacts, people), and the saving of what the run changed apart from
/// the new items, which <see cref="ArchiveItemCopy"/> writes.
/// </summary>
internal sealed class ArchiveStore(CstoPressDbContext db)
{
    public Task<List<Section>> SectionsAsync(CancellationToken cancellationToken) =>
        db.Sections.AsNoTracking().OrderBy(s => s.Order).ToListAsync(cancellationToken);

    public Task<Dictionary<string, LearnedBoilerplate>> LearnedBoilerplateAsync(CancellationToken cancellationToken) =>
        db.LearnedBoilerplate.AsNoTracking().ToDictionaryAsync(b => b.Fingerprint, cancellationToken);

    /// <summary>The import records of earlier runs for these file names.</summary>
    public Task<Dictionary<string, ImportedSource>> ImportedSourcesAsync(IEnumerable<ArchiveFile> files, CancellationToken cancellationToken)
    {
        var keys = files.Select(f => f.Name).ToList();
        return db.ImportedSources.AsNoTracking().Where(s => keys.Contains(s.ImportKey)).ToDictionaryAsync(s => s.ImportKey, cancellationToken);
    }

    public async Task<HashSet<string>> TakenSlugsAsync(CancellationToken cancellationToken) =>
        (await db.Publications.Select(p => p.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    public async Task<SpeakerChoice> SpeakersAsync(CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.Name, p.NameRu, p.NameVariants }).ToListAsync(cancellationToken);
        return new SpeakerChoice(people.Select(p => (p.Id, p.NameVariants.Append(p.Name).Append(p.NameRu ?? ""))));
    }

    /// <summary>Matches the signatures against the known contacts, and saves the new contacts and the new spellings of known ones.</summary>
    public async Task<Dictionary<ArchivePage, Core.People.PressContact>> ResolveContactsAsync(IEnumerable<ArchivePage> pages, CancellationToken cancellationToken)
    {
        var directory = new PressContactDirectory(await db.PressContacts.ToListAsync(cancellationToken));
        var contacts = directory.ResolveAll(pages);
        db.PressContacts.AddRange(directory.NewContacts);
        await SaveAsync(cancellationToken);
        return contacts;
    }

    /// <summary>The items of changed files, with their photos, tracked so that the page can be written onto them.</summary>
    public Task<Dictionary<int, Publication>> ItemsToUpdateAsync(IEnumerable<ImportedSource> sources, CancellationToken cancellationToken)
    {
        var ids = sources.Select(s => s.PublicationId).ToList();
        return db.Publications.Include(p => p.Photos).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
    }

    /// <summary>Marks the import record of a changed file as holding these bytes now.</summary>
    public void Renew(ImportedSource source, string hash, DateTimeOffset now)
    {
        db.ImportedSources.Attach(source);
        source.ContentHash = hash;
        source.UpdatedAt = now;
    }

    /// <summary>Keeps the boilerplate this run found, and the higher counts of what was known, for later runs.</summary>
    public async Task RememberBoilerplateAsync(BoilerplateKnowledge knowledge, Dictionary<string, LearnedBoilerplate> learned, CancellationToken cancellationToken)
    {
        foreach (var boilerplate in knowledge.Boilerplate())
        {
            if (!learned.TryGetValue(boilerplate.Fingerprint, out var known))
            {
                db.LearnedBoilerplate.Add(boilerplate);
            }
            else if (known.FilesSeen < boilerplate.FilesSeen)
            {
                db.LearnedBoilerplate.Attach(known);
                known.FilesSeen = boilerplate.FilesSeen;
            }
        }

        await SaveAsync(cancellationToken);
    }

    /// <summary>Saves and forgets what was tracked, so the change tracker stays small over a long run.</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
