namespace CstoPress.Data.Repositories;

/// <summary>
/// The questions the public site asks about publications. Every query starts from
/// <see cref="PublicVisibility"/>, reads without tracking and projects to what the page shows.
/// </summary>
public sealed class PublicationRepository(CstoPressDbContext db, TimeProvider time)
{
    private DateTimeOffset Now => time.GetUtcNow();

    private IQueryable<Publication> Listed => db.Publications.AsNoTracking().Where(PublicVisibility.Listed(Now));

    /// <summary>The newest publications in a language: the home page's lead block.</summary>
    public async Task<IReadOnlyList<PublicationSummary>> LatestAsync(ContentLanguage language, int count, CancellationToken cancellationToken = default) =>
        await Summaries(Listed.Where(p => p.Language == language)
                .NewestFirst()
                .Take(count))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The newest few of each of <paramref name="sections"/>, in their order, skipping empty sections: one query,
    /// each section's few read from its own index and the parts joined with UNION ALL.
    /// </summary>
    public async Task<IReadOnlyList<SectionLatest>> LatestPerSectionAsync(
        IReadOnlyList<SectionLink> sections, ContentLanguage language, int perSection, CancellationToken cancellationToken = default)
    {
        if (sections.Count == 0)
        {
            return [];
        }

        var parts = sections
            .Select(section => Listed.Where(p => p.Language == language && p.SectionId == section.Id).NewestFirst().Take(perSection))
            .Aggregate((all, part) => all.Concat(part));
        var items = await Summaries(parts).ToListAsync(cancellationToken);
        return sections
            .Select(section => new SectionLatest(
                section.Slug,
                section.NameIn(language),
                items.Where(i => i.SectionSlug == section.Slug).OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).ToList()))
            .Where(section => section.Items.Count > 0)
            .ToList();
    }

    /// <summary>
    /// One page of a newest-first listing (all news, a section, a tag, a person), walking from
    /// <paramref name="cursor"/> in <paramref name="direction"/>; the first page when there is no cursor.
    /// </summary>
    public async Task<ListingPage> ListingPageAsync(
        PublicationNarrowing narrowing, ListingCursor? cursor, ListingDirection direction, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = Listed.NarrowedBy(narrowing);
        List<PublicationSummary> items;
        if (cursor is { } from && direction == ListingDirection.Newer)
        {
            items = await Summaries(query.After(from).OldestFirst().Take(pageSize + 1))
                .ToListAsync(cancellationToken);
            var hasNewer = items.Count > pageSize;
            items = items.Take(pageSize).Reverse().ToList();
            return new ListingPage(
                items,
                hasNewer && items.Count > 0 ? CursorOf(items[0]) : null,
                items.Count > 0 ? CursorOf(items[^1]) : null);
        }

        var older = cursor is { } before ? query.Before(before) : query;
        items = await Summaries(older.NewestFirst().Take(pageSize + 1))
            .ToListAsync(cancellationToken);
        var hasOlder = items.Count > pageSize;
        items = items.Take(pageSize).ToList();
        ListingCursor? newer = null;
        if (cursor is not null && items.Count > 0)
        {
            var first = CursorOf(items[0]);
            newer = await query.After(first).AnyAsync(cancellationToken) ? first : null;
        }

        return new ListingPage(items, newer, hasOlder ? CursorOf(items[^1]) : null);
    }

    public Task<int> CountAsync(PublicationNarrowing narrowing, CancellationToken cancellationToken = default) =>
        Listed.NarrowedBy(narrowing).CountAsync(cancellationToken);

    /// <summary>A publication's page by its address, if the public may reach it (published, or withdrawn with its notice).</summary>
    public async Task<PublicationPage?> BySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var reachable = PublicVisibility.Reachable(Now);
        // Not split: a handful of photos, tags and notes make a small product, and one round trip costs less than four.
        var page = await db.Publications.AsNoTracking()
            .Where(reachable)
            .Where(p => p.Slug == slug)
            .Select(p => new
            {
                p.Id, p.Slug, p.Kind, p.Status, p.Language, p.Title, p.Lead, p.Body, p.BodyHtml, p.PublishedAt, p.UpdatedAt,
                p.SectionId, SectionSlug = p.Section!.Slug, SectionName = p.Section.Name, SectionNameRu = p.Section.NameRu,
                SourceAgency = p.Source.Agency, SourceLanguage = p.Source.OriginalLanguage, SourceTranslated = p.Source.IsOurTranslation,
                Contact = new ContactSnapshot { Name = p.Contact.Name, Post = p.Contact.Post, Phone = p.Contact.Phone, Email = p.Contact.Email },
                CatalogContactName = p.PressContact != null ? p.PressContact.Name : null,
                SpeakerName = p.Speech.Speaker != null ? p.Speech.Speaker.Name : null,
                SpeakerNameRu = p.Speech.Speaker != null ? p.Speech.Speaker.NameRu : null,
                SpeakerSlug = p.Speech.Speaker != null ? p.Speech.Speaker.Slug : null,
                p.Speech.SpeakerPost, p.Speech.Occasion, p.Speech.Place, p.Speech.DeliveredOn,
                p.Document.AdoptingBody, p.Document.DocumentNumber, p.Document.AdoptedOn,
                Photos = p.Photos.Where(ph => ph.ImageId != null).OrderBy(ph => ph.Order)
                    .Select(ph => new PhotoOnPage(ph.ImageId!.Value, ph.Caption, ph.AltText, ph.Credit, ph.Image!.Width, ph.Image.Height))
                    .ToList(),
                Tags = p.Tags.OrderBy(t => t.Name).Select(t => new TagOnPage(t.Slug, t.Name)).ToList(),
                Notes = p.ChangeNotes.OrderByDescending(n => n.ChangedAt).Select(n => new ChangeNoteOnPage(n.ChangedAt, n.Note)).ToList(),
                p.TranslationOfId, p.OriginalChangedAt,
                p.WithdrawnAt, p.WithdrawalReason,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (page is null)
        {
            return null;
        }

        // A query of its own: inside the one above, EF turns it into a row_number() over the whole table.
        var other = await db.Publications.AsNoTracking().Where(reachable)
            .Where(p => p.Id == page.TranslationOfId || p.TranslationOfId == page.Id)
            .Select(p => new OtherLanguageVersion(p.Language, p.Slug, p.Title)).FirstOrDefaultAsync(cancellationToken);

        var hasSpeech = page.Kind == PublicationKind.Speech
            || page.SpeakerSlug is not null || page.Occasion is not null || page.Place is not null;
        var hasDocument = page.AdoptingBody is not null || page.DocumentNumber is not null || page.AdoptedOn is not null;
        return new PublicationPage(
            page.Id, page.Slug, page.Kind, page.Status, page.Language, page.Title, page.Lead, page.Body,
            page.PublishedAt!.Value, page.UpdatedAt, page.SectionId, page.SectionSlug,
            page.Language == ContentLanguage.Ru ? page.SectionNameRu : page.SectionName,
            new SourceAttribution { Agency = page.SourceAgency, OriginalLanguage = page.SourceLanguage, IsOurTranslation = page.SourceTranslated },
            page.Contact.UnderCatalogName(page.CatalogContactName),
            hasSpeech
                ? new SpeechOnPage(
                    page.Language == ContentLanguage.Ru && page.SpeakerNameRu is not null ? page.SpeakerNameRu : page.SpeakerName,
                    page.SpeakerSlug, page.SpeakerPost, page.Occasion, page.Place, page.DeliveredOn)
                : null,
            hasDocument ? new DocumentDetails { AdoptingBody = page.AdoptingBody, DocumentNumber = page.DocumentNumber, AdoptedOn = page.AdoptedOn } : null,
            page.Photos, page.Tags, page.Notes, other, page.WithdrawnAt, page.WithdrawalReason)
        {
            IsTranslation = page.TranslationOfId is not null,
            OriginalChangedAt = page.TranslationOfId is null ? null : page.OriginalChangedAt,
            BodyHtml = page.BodyHtml,
        };
    }

    /// <summary>The current address of a publication that used to live at <paramref name="oldSlug"/>, or of the item that replaced it.</summary>
    public async Task<string?> RedirectForSlugAsync(string oldSlug, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var target = await db.SlugRedirects.AsNoTracking()
            .Where(r => r.OldSlug == oldSlug)
            .Join(db.Publications.Where(PublicVisibility.Reachable(now)), r => r.PublicationId, p => p.Id, (r, p) => p.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        if (target is not null)
        {
            return target;
        }

        return await db.Publications.AsNoTracking()
            .Where(p => p.Slug == oldSlug && p.ReplacedById != null)
            .Join(db.Publications.Where(PublicVisibility.Reachable(now)), p => p.ReplacedById, r => r.Id, (p, r) => r.Slug)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The previous (older) and next (newer) publication in the same section and language.</summary>
    public async Task<NeighbourLinks> NeighboursInSectionAsync(PublicationPage page, CancellationToken cancellationToken = default)
    {
        var inSection = Listed.Where(p => p.SectionId == page.SectionId && p.Language == page.Language);
        var at = new ListingCursor(page.PublishedAt, page.Id);
        var previous = await Summaries(inSection.Before(at).NewestFirst().Take(1))
            .FirstOrDefaultAsync(cancellationToken);
        var next = await Summaries(inSection.After(at).OldestFirst().Take(1))
            .FirstOrDefaultAsync(cancellationToken);
        return new NeighbourLinks(previous, next);
    }

    private static ListingCursor CursorOf(PublicationSummary summary) => new(summary.PublishedAt, summary.Id);

    internal static IQueryable<PublicationSummary> Summaries(IQueryable<Publication> query) =>
        query.Select(p => new PublicationSummary(
            p.Id,
            p.Slug,
            p.Title,
            p.Lead,
            p.PublishedAt!.Value,
            p.Kind,
            p.Language,
            p.Section!.Slug,
            p.Language == ContentLanguage.Ru ? p.Section.NameRu : p.Section.Name,
            p.Photos.Where(ph => ph.ImageId != null).OrderBy(ph => ph.Order).Select(ph => ph.ThumbnailId ?? ph.ImageId).FirstOrDefault(),
            p.Photos.Where(ph => ph.ImageId != null).OrderBy(ph => ph.Order).Select(ph => ph.AltText).FirstOrDefault()));
}

public sealed record SectionLatest(string Slug, string Name, IReadOnlyList<PublicationSummary> Items);
