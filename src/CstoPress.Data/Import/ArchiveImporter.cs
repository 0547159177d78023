using System.Globalization;
using System.Security.Cryptography;
using CstoPress.Core.Import;
using CstoPress.Core.People;
using CstoPress.Core.Publications;
using CstoPress.Core.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CstoPress.Data.Import;

/// <summary>
/// Brings pages saved from the old site into the portal. Every file ends under one outcome; a file
/// that cannot be read is reported and the others go on. Re-running it is safe: a file keeps its
/// item through its name, and only a file whose bytes changed updates that item.
/// </summary>
public sealed class ArchiveImporter(CstoPressDbContext db, TimeProvider time, PressOfficeTime officeTime)
{
    private readonly BulkCopy<Publication> _publicationCopy = new(db);
    private readonly BulkCopy<Photo> _photoCopy = new(db);
    private readonly BulkCopy<ImportedSource> _sourceCopy = new(db);

    /// <summary>Items saved per round of inserts: large enough to keep round trips few, small enough to keep the change tracker quick.</summary>
    private const int SaveBatch = 1000;

    private static readonly Dictionary<PublicationKind, string> SectionOfKind = new()
    {
        [PublicationKind.Speech] = "secretary-general",
        [PublicationKind.Statement] = "statements",
        [PublicationKind.Resolution] = "documents",
        [PublicationKind.Interview] = "interviews",
    };

    public async Task<ArchiveImportSummary> ImportAsync(
        IReadOnlyList<string> paths,
        ArchiveImportOptions options,
        IProgress<ArchiveImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Order).ToListAsync(cancellationToken);
        var fixedSection = options.SectionSlug is null ? null : sections.FirstOrDefault(s => s.Slug == options.SectionSlug)
            ?? throw new ArchiveImportException(
                $"There is no section '{options.SectionSlug}'. Known sections: {string.Join(", ", sections.Select(s => s.Slug))}.");
        if (sections.Count == 0)
        {
            throw new ArchiveImportException("The database has no sections yet; create them (or start the portal in Development once) before importing.");
        }

        var results = new Dictionary<string, ArchiveFileResult>(StringComparer.Ordinal);
        var files = ReadAll(paths, results);
        progress?.Report(new ArchiveImportProgress(files.Count + results.Count, 0, paths.Count));

        var learned = await db.LearnedBoilerplate.AsNoTracking().ToDictionaryAsync(b => b.Fingerprint, cancellationToken);
        var knowledge = new BoilerplateKnowledge(learned.Values.Select(b => KeyValuePair.Create(b.Fingerprint, b.FilesSeen)));
        foreach (var file in files.DistinctBy(f => f.Hash))
        {
            knowledge.Observe(file.Paragraphs);
        }

        var pages = new List<(ReadFile File, ArchivePage Page)>();
        foreach (var (file, reading) in files.AsParallel().AsOrdered().Select(f => (f, LegacyPageParser.Parse(f.Name, f.Paragraphs, knowledge))))
        {
            if (reading.Page is null)
            {
                results[file.Path] = new ArchiveFileResult(file.Name, ArchiveFileOutcome.Failed, reading.Problem);
            }
            else
            {
                pages.Add((file, reading.Page));
            }
        }

        var keys = pages.Select(p => p.File.Name).ToList();
        var known = await db.ImportedSources.AsNoTracking()
            .Where(s => keys.Contains(s.ImportKey))
            .ToDictionaryAsync(s => s.ImportKey, cancellationToken);

        var now = time.GetUtcNow();
        var fresh = new List<(ReadFile File, ArchivePage Page)>();
        var changed = new List<(ReadFile File, ArchivePage Page, ImportedSource Source)>();
        foreach (var (file, page) in pages)
        {
            if (known.TryGetValue(file.Name, out var source))
            {
                if (source.ContentHash == file.Hash)
                {
                    results[file.Path] = new ArchiveFileResult(file.Name, ArchiveFileOutcome.Unchanged);
                }
                else
                {
                    changed.Add((file, page, source));
                }
            }
            else
            {
                fresh.Add((file, page));
            }
        }

        if (options.DryRun)
        {
            foreach (var (file, page) in fresh)
            {
                results[file.Path] = Result(file.Name, ArchiveFileOutcome.Imported, page, ReviewReasons(page, now));
            }

            foreach (var (file, page, _) in changed)
            {
                results[file.Path] = Result(file.Name, ArchiveFileOutcome.Updated, page, ReviewReasons(page, now));
            }

            return Summary(paths, results, dryRun: true);
        }

        var contacts = await ResolveContactsAsync(fresh.Concat(changed.Select(c => (c.File, c.Page))).Select(p => p.Page), cancellationToken);
        var slugs = (await db.Publications.Select(p => p.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var speakers = (await db.People.AsNoTracking().Select(p => new { p.Id, p.Name, p.NameRu, p.NameVariants }).ToListAsync(cancellationToken))
            .Select(p => (p.Id, Names: p.NameVariants.Append(p.Name).Append(p.NameRu ?? "").Where(n => n.Length > 3).ToArray()))
            .ToList();
        var saved = 0;

        foreach (var batch in fresh.Chunk(SaveBatch))
        {
            var publications = new List<Publication>(batch.Length);
            var sources = new List<ImportedSource>(batch.Length);
            foreach (var (file, page) in batch)
            {
                var section = fixedSection ?? SectionFor(page.Kind, sections);
                var publication = new Publication { Title = page.Title, Slug = UniqueSlug(page, file.Name, slugs), SectionId = section.Id, CreatedAt = now };
                var reasons = Apply(page, publication, contacts, speakers, now);
                publications.Add(publication);
                sources.Add(new ImportedSource { ImportKey = file.Name, ContentHash = file.Hash, ImportedAt = now, UpdatedAt = now });
                results[file.Path] = Result(file.Name, ArchiveFileOutcome.Imported, page, reasons);
            }

            await InsertAsync(publications, sources, cancellationToken);
            saved += batch.Length;
            progress?.Report(new ArchiveImportProgress(paths.Count, saved, paths.Count));
        }

        foreach (var batch in changed.Chunk(SaveBatch))
        {
            var ids = batch.Select(c => c.Source.PublicationId).ToList();
            var publications = await db.Publications.Include(p => p.Photos).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            foreach (var (file, page, source) in batch)
            {
                var publication = publications[source.PublicationId];
                if (fixedSection is not null)
                {
                    publication.SectionId = fixedSection.Id;
                }

                var reasons = Apply(page, publication, contacts, speakers, now);
                db.ImportedSources.Attach(source);
                source.ContentHash = file.Hash;
                source.UpdatedAt = now;
                results[file.Path] = Result(file.Name, ArchiveFileOutcome.Updated, page, reasons);
            }

            await SaveBatchAsync(cancellationToken);
            saved += batch.Length;
            progress?.Report(new ArchiveImportProgress(paths.Count, saved, paths.Count));
        }

        await RememberBoilerplateAsync(knowledge, learned, cancellationToken);
        progress?.Report(new ArchiveImportProgress(paths.Count, paths.Count, paths.Count));
        return Summary(paths, results, dryRun: false);
    }

    private sealed record ReadFile(string Path, string Name, string Hash, IReadOnlyList<ArchiveParagraph> Paragraphs);

    /// <summary>Reads, checks and splits the files on every core; a name met twice fails from its second file on.</summary>
    private static List<ReadFile> ReadAll(IReadOnlyList<string> paths, Dictionary<string, ArchiveFileResult> results)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<string>(paths.Count);
        foreach (var path in paths)
        {
            if (names.Add(System.IO.Path.GetFileName(path)))
            {
                unique.Add(path);
            }
            else
            {
                // The name is the file's identity across runs: two files of one name cannot both keep it.
                results[path] = new ArchiveFileResult(path, ArchiveFileOutcome.Failed, $"another file of this run is also named '{System.IO.Path.GetFileName(path)}'");
            }
        }

        var files = new List<ReadFile>(unique.Count);
        foreach (var (path, file, failure) in unique.AsParallel().AsOrdered().Select(Read))
        {
            if (file is not null)
            {
                files.Add(file);
            }
            else
            {
                results[path] = failure!;
            }
        }

        return files;
    }

    private static (string Path, ReadFile? File, ArchiveFileResult? Failure) Read(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > ArchiveFileReader.MaxBytes)
            {
                return (path, null, new ArchiveFileResult(name, ArchiveFileOutcome.Failed,
                    $"too large for a saved page ({length / 1024} KB; the limit is {ArchiveFileReader.MaxBytes / 1024} KB)"));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (path, null, new ArchiveFileResult(name, ArchiveFileOutcome.Failed, $"cannot be read: {exception.Message}"));
        }

        var reading = ArchiveFileReader.Read(name, bytes);
        return reading.Text is null
            ? (path, null, new ArchiveFileResult(name, ArchiveFileOutcome.Failed, reading.Problem))
            : (path, new ReadFile(path, name, Convert.ToHexStringLower(SHA256.HashData(bytes)), ArchiveParagraph.Split(reading.Text)), null);
    }

    private List<string> ReviewReasons(ArchivePage page, DateTimeOffset now)
    {
        var reasons = page.ReviewReasons.ToList();
        if (page.Date is { } date && PublishedAt(date) > now)
        {
            reasons.Add($"the date {date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} is in the future");
        }

        return reasons;
    }

    private DateTimeOffset PublishedAt(DateOnly date) => officeTime.ToUtc(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>Writes what the page says onto the publication; dated pages go public as they were, the others wait for review.</summary>
    private List<string> Apply(
        ArchivePage page, Publication publication, Dictionary<ArchivePage, PressContact> contacts, List<(int Id, string[] Names)> speakers, DateTimeOffset now)
    {
        publication.Title = page.Title;
        publication.Lead = page.Lead;
        publication.Body = page.Body;
        publication.Language = page.Language;
        publication.Kind = page.Kind;
        publication.UpdatedAt = now;
        publication.Source = new SourceAttribution
        {
            Agency = Clip(page.Agency, 200),
            OriginalLanguage = page.OriginalLanguage?.Code(),
            IsOurTranslation = page.OriginalLanguage is not null,
        };

        var contact = contacts.GetValueOrDefault(page);
        publication.PressContactId = contact?.Id;
        publication.Contact = page.Signature is { } signature
            ? new ContactSnapshot
            {
                Name = Clip(signature.Name ?? contact?.Name, 200),
                Post = Clip(signature.Post, 200),
                Phone = Clip(signature.Phone, 100),
                Email = Clip(signature.Email, 200),
            }
            : new ContactSnapshot();
        publication.Speech = page.Speech.IsSpeech
            ? new SpeechDetails
            {
                SpeakerId = SpeakerNamedIn(page.Title, speakers),
                SpeakerPost = Clip(page.Speech.SpeakerPost, 300),
                Occasion = Clip(page.Speech.Occasion, 1000),
                Place = Clip(page.Speech.Place, 200),
                DeliveredOn = page.Speech.DeliveredOn,
            }
            : new SpeechDetails();

        // Photos already given their file keep it; the names still waiting for one are taken from the page again.
        publication.Photos.RemoveAll(p => p.IsAwaitingFile);
        var uploaded = publication.Photos.Select(p => p.OriginalFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        publication.Photos.AddRange(page.PhotoFiles.Where(f => !uploaded.Contains(f)).Select((file, order) => new Photo
        {
            OriginalFileName = Clip(file, 300),
            Caption = "",
            AltText = "",
            Order = publication.Photos.Count + order,
        }));

        var reasons = ReviewReasons(page, now);
        publication.PublishedAt = page.Date is { } date ? PublishedAt(date) : null;
        if (reasons.Count == 0)
        {
            publication.ReviewReason = null;
            publication.Publish(now);
        }
        else
        {
            publication.ReviewReason = string.Join("; ", reasons);
            publication.Status = PublicationStatus.Draft;
        }

        return reasons;
    }

    private async Task<Dictionary<ArchivePage, PressContact>> ResolveContactsAsync(IEnumerable<ArchivePage> pages, CancellationToken cancellationToken)
    {
        var directory = new PressContactDirectory(await db.PressContacts.ToListAsync(cancellationToken));
        var contacts = new Dictionary<ArchivePage, PressContact>(ReferenceEqualityComparer.Instance);
        foreach (var page in pages)
        {
            if (page.Signature is { } signature && directory.Resolve(signature) is { } contact)
            {
                contacts[page] = contact;
            }
        }

        db.PressContacts.AddRange(directory.Contacts.Where(c => c.Id == 0));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return contacts;
    }

    private async Task RememberBoilerplateAsync(BoilerplateKnowledge knowledge, Dictionary<string, LearnedBoilerplate> learned, CancellationToken cancellationToken)
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

        await SaveBatchAsync(cancellationToken);
    }

    /// <summary>New items, their photos and their import records in three COPYs and one transaction.</summary>
    private async Task InsertAsync(List<Publication> publications, List<ImportedSource> sources, CancellationToken cancellationToken)
    {
        var photos = publications.SelectMany(p => p.Photos).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var publicationIds = await _publicationCopy.ReserveIdsAsync(connection, publications.Count, cancellationToken);
            var sourceIds = await _sourceCopy.ReserveIdsAsync(connection, sources.Count, cancellationToken);
            var photoIds = await _photoCopy.ReserveIdsAsync(connection, photos.Count, cancellationToken);
            for (var i = 0; i < publications.Count; i++)
            {
                publications[i].Id = publicationIds[i];
                sources[i].Id = sourceIds[i];
                sources[i].PublicationId = publicationIds[i];
                foreach (var photo in publications[i].Photos)
                {
                    photo.PublicationId = publicationIds[i];
                }
            }

            for (var i = 0; i < photos.Count; i++)
            {
                photos[i].Id = photoIds[i];
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await _publicationCopy.WriteAsync(connection, publications, cancellationToken);
            await _photoCopy.WriteAsync(connection, photos, cancellationToken);
            await _sourceCopy.WriteAsync(connection, sources, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task SaveBatchAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The person the speech's title names ("The Secretary General Stanislav Zas spoke at ..."), if any.</summary>
    private static int? SpeakerNamedIn(string title, List<(int Id, string[] Names)> speakers) =>
        speakers.Where(s => s.Names.Any(name => title.Contains(name, StringComparison.OrdinalIgnoreCase))).Select(s => (int?)s.Id).FirstOrDefault();

    /// <summary>The old site's text fitted to the column; the full text stays in the body where it came from.</summary>
    private static string? Clip(string? text, int length) => text is null || text.Length <= length ? text : text[..(length - 1)] + "…";

    private static Section SectionFor(PublicationKind kind, List<Section> sections) =>
        (SectionOfKind.TryGetValue(kind, out var slug) ? sections.FirstOrDefault(s => s.Slug == slug) : null)
        ?? sections.FirstOrDefault(s => s.Slug == "news")
        ?? sections[0];

    private static string UniqueSlug(ArchivePage page, string fileName, HashSet<string> taken)
    {
        var stem = Slugs.From(page.Title);
        if (stem.Length == 0)
        {
            stem = "archive-" + Slugs.From(Path.GetFileNameWithoutExtension(fileName));
        }

        if (stem.Length > Slugs.MaxLength - 8)
        {
            // Cut at a word, leaving room for a number that tells apart items of the same title.
            stem = stem[..(Slugs.MaxLength - 7)];
            stem = stem[..Math.Max(stem.LastIndexOf('-'), 1)].TrimEnd('-');
        }

        var slug = stem;
        for (var n = 2; !taken.Add(slug); n++)
        {
            slug = $"{stem}-{n}";
        }

        return slug;
    }

    private static ArchiveFileResult Result(string name, ArchiveFileOutcome outcome, ArchivePage page, List<string> reasons) =>
        new(name, outcome, null, reasons.Count == 0 ? null : string.Join("; ", reasons), page.Kind, page.KindReason);

    private static ArchiveImportSummary Summary(IReadOnlyList<string> paths, Dictionary<string, ArchiveFileResult> results, bool dryRun) =>
        new([.. paths.Select(p => results[p])], dryRun);
}
