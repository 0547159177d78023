using CstoPress.Core.Import;

namespace CstoPress.Data.Import;

/// <summary>
/// Brings pages saved from the old site into the portal: reads the files, lets the rules of
/// <c>Core/Import</c> decide each item, and stores the outcome. Every file ends under one outcome; a file
/// that cannot be read is reported and the others go on. Re-running it is safe: a file keeps its
/// item through its name, and only a file whose bytes changed updates that item.
/// </summary>
public sealed class ArchiveImporter(CstoPressDbContext db, TimeProvider time, PressOfficeTime officeTime)
{
    /// <summary>Items saved per round of inserts: large enough to keep round trips few, small enough to keep the change tracker quick.</summary>
    private const int SaveBatch = 1000;

    private readonly ArchiveStore _store = new(db);
    private readonly ArchiveItemCopy _copy = new(db);
    private readonly PublishOrReview _publishing = new(officeTime);

    public async Task<ArchiveImportSummary> ImportAsync(
        IReadOnlyList<string> paths,
        ArchiveImportOptions options,
        IProgress<ArchiveImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var sections = await _store.SectionsAsync(cancellationToken);
        var fixedSection = FixedSection(sections, options);
        var run = new ArchiveRun(paths, progress);
        var files = ArchiveRunFiles.Read(paths);
        foreach (var (path, reading) in files.Unreadable)
        {
            run.Failed(path, reading.Name, reading.Problem);
        }

        run.ReportRead(files.Readable.Count + files.Unreadable.Count);
        var learned = await _store.LearnedBoilerplateAsync(cancellationToken);
        var knowledge = new BoilerplateKnowledge(learned.Values.Select(b => KeyValuePair.Create(b.Fingerprint, b.FilesSeen)));
        foreach (var file in files.Readable.DistinctBy(f => f.Hash))
        {
            knowledge.Observe(file.Paragraphs);
        }

        var pages = Parse(files.Readable, knowledge, run);
        var changes = ArchiveChanges.Sort(pages, await _store.ImportedSourcesAsync(pages.Select(p => p.File), cancellationToken));
        changes.Unchanged.ForEach(run.Unchanged);
        var now = time.GetUtcNow();
        if (options.DryRun)
        {
            Check(changes, run, now);
            return run.Summary(dryRun: true);
        }

        var decisions = new ArchiveItemDecisions(
            sections,
            fixedSection,
            await _store.ResolveContactsAsync(changes.PagesToSave, cancellationToken),
            await _store.SpeakersAsync(cancellationToken),
            await _store.TakenSlugsAsync(cancellationToken),
            _publishing,
            now);
        await InsertAsync(changes.Fresh, decisions, run, cancellationToken);
        await UpdateAsync(changes.Changed, decisions, run, now, cancellationToken);
        await _store.RememberBoilerplateAsync(knowledge, learned, cancellationToken);
        run.ReportFinished();
        return run.Summary(dryRun: false);
    }

    private static Section? FixedSection(List<Section> sections, ArchiveImportOptions options)
    {
        var fixedSection = options.SectionSlug is null ? null : sections.FirstOrDefault(s => s.Slug == options.SectionSlug)
            ?? throw new ArchiveImportException(
                $"There is no section '{options.SectionSlug}'. Known sections: {string.Join(", ", sections.Select(s => s.Slug))}.");
        if (sections.Count == 0)
        {
            throw new ArchiveImportException("The database has no sections yet; create them (or start the portal in Development once) before importing.");
        }

        return fixedSection;
    }

    /// <summary>Parses on every core; the knowledge is only read by then, so the pages do not wait on each other.</summary>
    private static List<(ArchiveFile File, ArchivePage Page)> Parse(IReadOnlyList<ArchiveFile> files, BoilerplateKnowledge knowledge, ArchiveRun run)
    {
        var pages = new List<(ArchiveFile File, ArchivePage Page)>(files.Count);
        foreach (var (file, reading) in files.AsParallel().AsOrdered().Select(f => (f, LegacyPageParser.Parse(f.Name, f.Paragraphs, knowledge))))
        {
            if (reading.Page is null)
            {
                run.Failed(file.Path, file.Name, reading.Problem);
            }
            else
            {
                pages.Add((file, reading.Page));
            }
        }

        return pages;
    }

    /// <summary>A dry run reports what an import would do, review reasons included, and saves nothing.</summary>
    private void Check(ArchiveChanges changes, ArchiveRun run, DateTimeOffset now)
    {
        foreach (var (file, page) in changes.Fresh)
        {
            run.Saved(file, ArchiveFileOutcome.Imported, page, _publishing.ReviewReasons(page, now));
        }

        foreach (var (file, page, _) in changes.Changed)
        {
            run.Saved(file, ArchiveFileOutcome.Updated, page, _publishing.ReviewReasons(page, now));
        }
    }

    private async Task InsertAsync(
        List<(ArchiveFile File, ArchivePage Page)> fresh, ArchiveItemDecisions decisions, ArchiveRun run, CancellationToken cancellationToken)
    {
        foreach (var batch in fresh.Chunk(SaveBatch))
        {
            var publications = new List<Publication>(batch.Length);
            var sources = new List<ImportedSource>(batch.Length);
            foreach (var (file, page) in batch)
            {
                var (item, reasons) = decisions.NewItem(file, page);
                publications.Add(item);
                sources.Add(decisions.SourceOf(file));
                run.Saved(file, ArchiveFileOutcome.Imported, page, reasons);
            }

            await _copy.InsertAsync(publications, sources, cancellationToken);
            run.ReportSaved(batch.Length);
        }
    }

    private async Task UpdateAsync(
        List<(ArchiveFile File, ArchivePage Page, ImportedSource Source)> changed,
        ArchiveItemDecisions decisions,
        ArchiveRun run,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        foreach (var batch in changed.Chunk(SaveBatch))
        {
            var items = await _store.ItemsToUpdateAsync(batch.Select(c => c.Source), cancellationToken);
            foreach (var (file, page, source) in batch)
            {
                var reasons = decisions.Update(items[source.PublicationId], page);
                _store.Renew(source, file.Hash, now);
                run.Saved(file, ArchiveFileOutcome.Updated, page, reasons);
            }

            await _store.SaveAsync(cancellationToken);
            run.ReportSaved(batch.Length);
        }
    }
}
