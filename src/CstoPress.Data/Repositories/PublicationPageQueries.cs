namespace CstoPress.Data.Repositories;

/// <summary>
/// The queries behind a publication's own page, compiled once: a page that is not in the output cache (a crawler deep
/// in the archive, an editor, every page once a minute) spent a quarter of its CPU on EF building, parameterizing and
/// looking up these expressions before sending them (bench/limit/where-cpu-goes.sh). The page's row also says whether a
/// translation or a register entry may exist, so that the queries for those run only for the few items that have one.
/// </summary>
internal static class PublicationPageQueries
{
    public static readonly Func<CstoPressDbContext, string, DateTimeOffset, CancellationToken, Task<PublicationPageRow?>> Page =
        EF.CompileAsyncQuery(VisibilityRulesInlined.In((CstoPressDbContext db, string slug, DateTimeOffset now, CancellationToken cancellationToken) =>
            // Not split: a handful of photos, tags and notes make a small product, and one round trip costs less than four.
            db.Publications.AsNoTracking().AsSingleQuery()
                .Where(p => PublicVisibility.IsReachable(p, now) && p.Slug == slug)
                .Select(p => new PublicationPageRow
                {
                    Id = p.Id, Slug = p.Slug, Kind = p.Kind, Status = p.Status, Language = p.Language,
                    Title = p.Title, Lead = p.Lead, Body = p.Body, BodyHtml = p.BodyHtml, PublishedAt = p.PublishedAt, UpdatedAt = p.UpdatedAt,
                    SectionId = p.SectionId, SectionSlug = p.Section!.Slug, SectionName = p.Section.Name, SectionNameRu = p.Section.NameRu,
                    SourceAgency = p.Source.Agency, SourceLanguage = p.Source.OriginalLanguage, SourceTranslated = p.Source.IsOurTranslation,
                    Contact = new ContactSnapshot { Name = p.Contact.Name, Post = p.Contact.Post, Phone = p.Contact.Phone, Email = p.Contact.Email },
                    CatalogContactName = p.PressContact != null ? p.PressContact.Name : null,
                    SpeakerName = p.Speech.Speaker != null ? p.Speech.Speaker.Name : null,
                    SpeakerNameRu = p.Speech.Speaker != null ? p.Speech.Speaker.NameRu : null,
                    SpeakerSlug = p.Speech.Speaker != null ? p.Speech.Speaker.Slug : null,
                    SpeakerPost = p.Speech.SpeakerPost, Occasion = p.Speech.Occasion, Place = p.Speech.Place, DeliveredOn = p.Speech.DeliveredOn,
                    AdoptingBody = p.Document.AdoptingBody, DocumentNumber = p.Document.DocumentNumber, AdoptedOn = p.Document.AdoptedOn,
                    Photos = p.Photos.Where(ph => ph.ImageId != null).OrderBy(ph => ph.Order)
                        .Select(ph => new PhotoOnPage(ph.ImageId!.Value, ph.Caption, ph.AltText, ph.Credit, ph.Image!.Width, ph.Image.Height))
                        .ToList(),
                    Tags = p.Tags.OrderBy(t => t.Name).Select(t => new TagOnPage(t.Slug, t.Name)).ToList(),
                    Notes = p.ChangeNotes.OrderByDescending(n => n.ChangedAt).Select(n => new ChangeNoteOnPage(n.ChangedAt, n.Note)).ToList(),
                    TranslationOfId = p.TranslationOfId, HasTranslation = p.Translation != null, OriginalChangedAt = p.OriginalChangedAt,
                    MayBeInRegister = db.Documents.Any(d => d.News.Any(n => n.Id == p.Id)) || db.Meetings.Any(m => m.News.Any(n => n.Id == p.Id)),
                    WithdrawnAt = p.WithdrawnAt, WithdrawalReason = p.WithdrawalReason,
                })
                .SingleOrDefault()));

    /// <summary>
    /// The item in the other language: its original, or its translation. A query of its own: inside the one above,
    /// EF turns it into a row_number() over the whole table.
    /// </summary>
    public static readonly Func<CstoPressDbContext, int, int?, DateTimeOffset, CancellationToken, Task<OtherLanguageVersion?>> OtherLanguage =
        EF.CompileAsyncQuery(VisibilityRulesInlined.In((CstoPressDbContext db, int id, int? translationOfId, DateTimeOffset now, CancellationToken cancellationToken) =>
            db.Publications.AsNoTracking()
                .Where(p => PublicVisibility.IsReachable(p, now) && (p.Id == translationOfId || p.TranslationOfId == id))
                .Select(p => new OtherLanguageVersion(p.Language, p.Slug, p.Title))
                .FirstOrDefault()));

    /// <summary>The next older publication in a section and language, by the order of <see cref="ListingCursor"/>.</summary>
    public static readonly Func<CstoPressDbContext, int, ContentLanguage, DateTimeOffset?, int, DateTimeOffset, CancellationToken, Task<PublicationSummary?>> Older =
        EF.CompileAsyncQuery(VisibilityRulesInlined.In((CstoPressDbContext db, int sectionId, ContentLanguage language, DateTimeOffset? publishedAt, int id, DateTimeOffset now, CancellationToken cancellationToken) =>
            db.Publications.AsNoTracking()
                .Where(p => PublicVisibility.IsListed(p, now) && p.SectionId == sectionId && p.Language == language
                    && EF.Functions.LessThan(ValueTuple.Create(p.PublishedAt, p.Id), ValueTuple.Create(publishedAt, id)))
                .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
                .Select(PublicationRepository.SummaryOf)
                .FirstOrDefault()));

    /// <summary>The next newer publication in a section and language.</summary>
    public static readonly Func<CstoPressDbContext, int, ContentLanguage, DateTimeOffset?, int, DateTimeOffset, CancellationToken, Task<PublicationSummary?>> Newer =
        EF.CompileAsyncQuery(VisibilityRulesInlined.In((CstoPressDbContext db, int sectionId, ContentLanguage language, DateTimeOffset? publishedAt, int id, DateTimeOffset now, CancellationToken cancellationToken) =>
            db.Publications.AsNoTracking()
                .Where(p => PublicVisibility.IsListed(p, now) && p.SectionId == sectionId && p.Language == language
                    && EF.Functions.GreaterThan(ValueTuple.Create(p.PublishedAt, p.Id), ValueTuple.Create(publishedAt, id)))
                .OrderBy(p => p.PublishedAt).ThenBy(p => p.Id)
                .Select(PublicationRepository.SummaryOf)
                .FirstOrDefault()));
}
