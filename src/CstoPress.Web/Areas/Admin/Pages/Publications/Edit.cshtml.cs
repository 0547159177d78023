using CstoPress.Core.Markdown;
using CstoPress.Core.People;
using CstoPress.Core.Publications;
using CstoPress.Core.Text;
using CstoPress.Data.Repositories;
using CstoPress.Data.Repositories.Editorial;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CstoPress.Web.Accounts;
using CstoPress.Web.Caching;
using CstoPress.Web.Media;
using CstoPress.Web.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>
/// Writing and editing a publication, and moving it through the workflow. The form is sent whole on
/// every action, so whatever fails (a rule, a field, someone else's newer save) the text typed is
/// shown again, never lost.
/// </summary>
public class EditModel(
    EditorialRepository editorial, PublicationMarkdown markdown, PressOfficeTime pressOfficeTime, TimeProvider time, IOptions<PublishingOptions> publishing,
    PhotoIntake photoIntake, TranslationRepository translations, SecurityLog securityLog)
    : PageModel
{
    /// <summary>Set after the form was saved: the page then tells the editor's script to forget the kept draft.</summary>
    public const string FormSavedKey = "FormSaved";

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public PublicationInput Input { get; set; } = new();

    [BindProperty]
    public string? WithdrawalReason { get; set; }

    [BindProperty]
    public string? ReplacementSlug { get; set; }

    /// <summary>The item as stored (for edits), shown beside the form.</summary>
    public Publication? Stored { get; private set; }

    public string? PreviewHtml { get; private set; }

    /// <summary>
    /// The form shows text that is not stored yet (a preview, a refused save, a conflict): leaving the
    /// page would lose it, so the editor's script asks first.
    /// </summary>
    public bool ShowsUnsavedInput { get; private set; }

    /// <summary>The body limit, for the character count beside the text.</summary>
    public int MaxBodyLength => markdown.Limits.MaxLength;

    /// <summary>Someone else's newer save, when this one collided with it.</summary>
    public Publication? Conflict { get; private set; }

    public IReadOnlyList<Section> Sections { get; private set; } = [];
    public IReadOnlyList<Person> People { get; private set; } = [];
    public IReadOnlyList<PressContact> PressContacts { get; private set; } = [];
    public IReadOnlyList<OrganizationBody> Bodies { get; private set; } = [];

    public IReadOnlyList<PreviewLink> PreviewLinks { get; private set; } = [];

    public PressOfficeTime PressOfficeTime => pressOfficeTime;

    public DateTimeOffset CurrentTime => time.GetUtcNow();

    public long MaxUploadMegabytes => photoIntake.MaxUploadBytes / (1024 * 1024);

    private DateTimeOffset Now => time.GetUtcNow();

    private string Actor => AuditTrail.ActorOf(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Stored = await editorial.ForEditingAsync(id, cancellationToken);
            if (Stored is null)
            {
                return NotFound();
            }

            Input = PublicationInput.From(Stored, pressOfficeTime);
            PreviewLinks = await editorial.PreviewLinksAsync(id, cancellationToken);
        }
        else
        {
            var contacts = await editorial.PressContactsAsync(cancellationToken);
            Input.PressContactId = contacts.Count > 0 ? contacts[0].Id : null;
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    [LeavesPublicPagesAlone]
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        PreviewHtml = markdown.ToHtml(Input.Body);
        ShowsUnsavedInput = true;
        await ReloadAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// The body rendered exactly as on the public page, for the preview beside the text while typing.
    /// The limits' messages come along, so the editor learns of them before saving.
    /// </summary>
    [LeavesPublicPagesAlone]
    public JsonResult OnPostLivePreview() =>
        new(new { html = markdown.ToHtml(Input.Body), problems = markdown.CheckLimits(Input.Body) });

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(null, "saved", cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken) =>
        SaveAsync((p, now) => p.SubmitForReview(Actor, now), "sent for review", cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) =>
        SaveAsync((p, now) => p.PublishNow(Actor, now), "published at once", cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(CancellationToken cancellationToken) =>
        SaveAsync((p, now) =>
        {
            if (Input.PublishedAt is not { } local)
            {
                throw new PublicationRuleException("Give the date and time at which the item goes out.");
            }

            p.ScheduleFor(pressOfficeTime.ToUtc(local), Actor, now);
        }, "scheduled", cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) =>
        ActAsync((p, now) => p.Approve(Actor, now), "approved", cancellationToken);

    public Task<IActionResult> OnPostReturnToDraftAsync(CancellationToken cancellationToken) =>
        ActAsync((p, now) => p.ReturnToDraft(now), "returned to the drafts", cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken) =>
        ActAsync((p, now) => p.Withdraw(WithdrawalReason ?? "", now), "withdrew", cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken) =>
        ActAsync((p, now) => p.UnpublishAsError(now), "unpublished, published in error", cancellationToken);

    public async Task<IActionResult> OnPostReplaceAsync(CancellationToken cancellationToken)
    {
        var replacement = string.IsNullOrWhiteSpace(ReplacementSlug)
            ? null
            : await editorial.PublishedBySlugAsync(ReplacementSlug.Trim(), cancellationToken);
        return await ActAsync((p, now) =>
        {
            if (replacement is null)
            {
                throw new PublicationRuleException("Give the address (slug) of the published item that replaces this one.");
            }

            p.UnpublishReplacedBy(replacement, now);
        }, "unpublished, replaced", cancellationToken, details: ReplacementSlug);
    }

    /// <summary>Starts the other-language version: a draft pre-filled from this item, linked to it as its translation.</summary>
    public async Task<IActionResult> OnPostTranslateAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            return NotFound();
        }

        try
        {
            var draft = await translations.StartTranslationAsync(id, cancellationToken);
            if (draft is null)
            {
                return NotFound();
            }

            editorial.Record(AuditTrail.Entry(User, "started the translation", draft, Now));
            await editorial.SaveAsync(cancellationToken);
            TempData["Notice"] = "A draft translation was made from the original: translate its title, lead and text.";
            return RedirectToPage(new { id = draft.Id });
        }
        catch (PublicationRuleException rule)
        {
            TempData["Problem"] = rule.Message;
            return RedirectToPage(new { id });
        }
    }

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken) =>
        ActAsync((p, now) => p.MoveToTrash(now), "deleted", cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken) =>
        ActAsync((p, now) => p.RestoreFromTrash(now), "restored from the trash", cancellationToken);

    [LeavesPublicPagesAlone]
    public async Task<IActionResult> OnPostCreatePreviewLinkAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id || await editorial.ForEditingAsync(id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        var now = Now;
        var token = PreviewTokens.NewToken();
        editorial.Add(new PreviewLink
        {
            PublicationId = id, TokenHash = PreviewTokens.Hash(token), CreatedAt = now, CreatedBy = Actor,
            ExpiresAt = now + publishing.Value.PreviewLinkLifetime,
        });
        editorial.Record(AuditTrail.Entry(User, "created a preview link", publication, now));
        await editorial.SaveAsync(cancellationToken);
        TempData["PreviewLink"] = $"{Request.Scheme}://{Request.Host}/preview/{token}";
        return RedirectToPage(new { id });
    }

    [LeavesPublicPagesAlone]
    public async Task<IActionResult> OnPostRevokePreviewLinkAsync(int linkId, CancellationToken cancellationToken)
    {
        if (Id is not { } id || await editorial.PreviewLinkAsync(id, linkId, cancellationToken) is not { } link
            || await editorial.ForEditingAsync(id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        link.RevokedAt ??= Now;
        editorial.Record(AuditTrail.Entry(User, "revoked a preview link", publication, Now));
        await editorial.SaveAsync(cancellationToken);
        TempData["Notice"] = "The preview link no longer works.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetPhotoAsync(Guid imageId, CancellationToken cancellationToken) =>
        Id is { } id && await editorial.ImageOfAsync(id, imageId, cancellationToken) is { } image
            ? File(image.Bytes, image.ContentType)
            : NotFound();

    public PhotoInput NewPhoto { get; private set; } = new();

    /// <summary>Adds a photo: the file is checked and cleaned by <see cref="PhotoIntake"/>; caption and alt text are required.</summary>
    public async Task<IActionResult> OnPostUploadPhotoAsync([FromForm(Name = "NewPhoto")] PhotoInput newPhoto, CancellationToken cancellationToken)
    {
        NewPhoto = newPhoto;
        if (Id is not { } id || await editorial.ForEditingAsync(id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        ModelState.Clear();
        TryValidateModel(NewPhoto, nameof(NewPhoto));
        if (NewPhoto.File is null || NewPhoto.File.Length == 0)
        {
            ModelState.AddModelError("NewPhoto.File", "Choose a photo file (JPEG, PNG or WebP).");
        }

        var problemStatus = StatusCodes.Status400BadRequest;
        if (ModelState.IsValid && NewPhoto.File is { } file)
        {
            await using var stream = file.OpenReadStream();
            var result = await photoIntake.ReadAsync(stream, file.Length, cancellationToken);
            if (result is { Image: { } image, Thumbnail: { } thumbnail })
            {
                editorial.Add(image);
                editorial.Add(thumbnail);
                publication.Photos.Add(new Photo
                {
                    ImageId = image.Id, ThumbnailId = thumbnail.Id, Caption = NewPhoto.Caption.Trim(), AltText = NewPhoto.AltText.Trim(), Credit = Blank(NewPhoto.Credit),
                    Order = publication.Photos.Count == 0 ? 0 : publication.Photos.Max(p => p.Order) + 1,
                });
                editorial.Record(AuditTrail.Entry(User, "added a photo", publication, Now, NewPhoto.Caption));
                await editorial.SaveAsync(cancellationToken);
                TempData["Notice"] = "The photo was added.";
                return RedirectToPage(new { id });
            }

            securityLog.Record(HttpContext, SecurityEvent.UploadRefused, detail: $"publication {id}: {result.Problem}");
            ModelState.AddModelError("NewPhoto.File", result.Problem!);
            problemStatus = result.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status415UnsupportedMediaType;
        }

        Stored = publication;
        Input = PublicationInput.From(publication, pressOfficeTime);
        PreviewLinks = await editorial.PreviewLinksAsync(id, cancellationToken);
        await LoadChoicesAsync(cancellationToken);
        Response.StatusCode = problemStatus;
        return Page();
    }

    public Task<IActionResult> OnPostMovePhotoAsync(int photoId, int by, CancellationToken cancellationToken) =>
        ChangePhotosAsync(photos =>
        {
            var index = photos.FindIndex(p => p.Id == photoId);
            var target = index + Math.Sign(by);
            if (index >= 0 && target >= 0 && target < photos.Count)
            {
                (photos[index], photos[target]) = (photos[target], photos[index]);
            }
        }, "reordered the photos", "The photos were reordered.", cancellationToken);

    public Task<IActionResult> OnPostRemovePhotoAsync(int photoId, CancellationToken cancellationToken) =>
        ChangePhotosAsync(photos => photos.RemoveAll(p => p.Id == photoId), "removed a photo", "The photo was removed.", cancellationToken);

    private async Task<IActionResult> ChangePhotosAsync(Action<List<Photo>> change, string action, string notice, CancellationToken cancellationToken)
    {
        if (Id is not { } id || await editorial.ForEditingAsync(id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        var photos = publication.Photos.OrderBy(p => p.Order).ToList();
        var before = photos.ToList();
        change(photos);
        var removed = before.Except(photos).ToList();
        foreach (var photo in removed)
        {
            editorial.Remove(photo);
        }

        for (var i = 0; i < photos.Count; i++)
        {
            photos[i].Order = i;
        }

        editorial.Record(AuditTrail.Entry(User, action, publication, Now));
        await editorial.SaveAsync(cancellationToken);
        await editorial.DeleteImagesAsync(
            removed.SelectMany(p => new[] { p.ImageId, p.ThumbnailId }).OfType<Guid>().ToList(), cancellationToken);
        TempData["Notice"] = notice;
        return RedirectToPage(new { id });
    }

    /// <summary>Applies the form, then the workflow step, and saves both together or neither.</summary>
    private async Task<IActionResult> SaveAsync(Action<Publication, DateTimeOffset>? step, string action, CancellationToken cancellationToken)
    {
        var now = Now;
        var publication = Id is { } id ? await editorial.ForEditingAsync(id, cancellationToken) : null;
        if (Id is not null && publication is null)
        {
            return NotFound();
        }

        Stored = publication;
        foreach (var problem in markdown.CheckLimits(Input.Body))
        {
            ModelState.AddModelError("Input.Body", problem);
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(cancellationToken);
        }

        var isNew = publication is null;
        publication ??= new Publication { Title = Input.Title, Slug = "", CreatedAt = now, Status = PublicationStatus.Draft };
        var wasPublic = publication.Status is PublicationStatus.Published or PublicationStatus.Withdrawn;

        var slug = await ChooseSlugAsync(publication, cancellationToken);
        if (slug is null)
        {
            return await RedisplayAsync(cancellationToken);
        }

        try
        {
            await ApplyAsync(publication, now, cancellationToken);
            if (publication.DeletedAt is not null)
            {
                throw new PublicationRuleException("This item is in the trash; restore it first.");
            }

            if (publication.ChangeSlug(slug, now) is { } redirect)
            {
                editorial.Add(redirect);
            }

            step?.Invoke(publication, now);
        }
        catch (PublicationRuleException rule)
        {
            ModelState.AddModelError(string.Empty, rule.Message);
            return await RedisplayAsync(cancellationToken);
        }

        await SnapshotPressContactAsync(publication, cancellationToken);
        if (wasPublic)
        {
            editorial.Add(new PublicationRevision
            {
                PublicationId = publication.Id, SavedAt = now, SavedBy = Actor,
                Title = publication.Title, Lead = publication.Lead, Body = publication.Body,
            });
            if (!string.IsNullOrWhiteSpace(Input.ChangeNote))
            {
                publication.ChangeNotes.Add(new ChangeNote { ChangedAt = now, Note = Input.ChangeNote.Trim() });
            }
        }

        if (isNew)
        {
            await editorial.ReserveIdAsync(publication, cancellationToken);
            editorial.Add(publication);
        }

        try
        {
            await editorial.SaveWithAuditAsync(publication, isNew ? publication.Version : Input.Version, step is null
                ? [AuditTrail.Entry(User, isNew ? "created" : "edited", publication, now)]
                : [AuditTrail.Entry(User, isNew ? "created" : "edited", publication, now, action), AuditTrail.Entry(User, action, publication, now)],
                cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowConflictAsync(publication.Id, cancellationToken);
        }

        TempData["Notice"] = $"'{publication.Title}' {action}.";
        TempData[FormSavedKey] = true;
        return RedirectToPage(new { id = publication.Id });
    }

    /// <summary>A workflow step on the item as stored (approve, withdraw, delete…), without the form's fields.</summary>
    private async Task<IActionResult> ActAsync(Action<Publication, DateTimeOffset> step, string action, CancellationToken cancellationToken, string? details = null)
    {
        if (Id is not { } id || await editorial.ForEditingAsync(id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        var now = Now;
        try
        {
            step(publication, now);
        }
        catch (PublicationRuleException rule)
        {
            TempData["Problem"] = rule.Message;
            return RedirectToPage(new { id });
        }

        await SnapshotPressContactAsync(publication, cancellationToken);
        editorial.Record(AuditTrail.Entry(User, action, publication, now, details ?? (action == "withdrew" ? publication.WithdrawalReason : null)));
        try
        {
            await editorial.SaveAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Problem"] = "Someone else changed this item at the same moment; look at it again and repeat.";
            return RedirectToPage(new { id });
        }

        TempData["Notice"] = $"'{publication.Title}' {action}.";
        return RedirectToPage(new { id });
    }

    private async Task ApplyAsync(Publication publication, DateTimeOffset now, CancellationToken cancellationToken)
    {
        publication.Kind = Input.Kind;
        publication.Language = Input.Language;
        publication.SectionId = Input.SectionId;
        publication.Title = Input.Title.Trim();
        publication.Lead = Input.Lead?.Trim() ?? "";
        publication.Body = Input.Body ?? "";
        publication.UpdatedAt = now;
        if (publication.Status is PublicationStatus.Draft or PublicationStatus.InReview || Input.PublishedAt is not null)
        {
            publication.PublishedAt = Input.PublishedAt is { } local ? pressOfficeTime.ToUtc(local) : null;
        }

        publication.Source = new SourceAttribution
        {
            Agency = Blank(Input.SourceAgency), OriginalLanguage = Blank(Input.SourceOriginalLanguage), IsOurTranslation = Input.SourceIsOurTranslation,
        };
        publication.PressContactId = Input.PressContactId;

        var speaker = publication.Kind == PublicationKind.Speech && Input.SpeakerId is { } speakerId
            ? await editorial.PersonWithPostsAsync(speakerId, cancellationToken)
            : null;
        var speakerPost = Blank(Input.SpeakerPost);
        if (speaker is not null && speakerPost is null && Input.DeliveredOn is { } day)
        {
            speakerPost = speaker.PostOn(day)?.DisplayTitle;
        }

        publication.Speech = publication.Kind == PublicationKind.Speech
            ? new SpeechDetails
            {
                SpeakerId = speaker?.Id, SpeakerPost = speakerPost, Occasion = Blank(Input.Occasion), Place = Blank(Input.Place), DeliveredOn = Input.DeliveredOn,
            }
            : new SpeechDetails();
        publication.Document = publication.Kind is PublicationKind.Resolution or PublicationKind.Statement
            ? new DocumentDetails { AdoptingBody = Blank(Input.AdoptingBody), DocumentNumber = Blank(Input.DocumentNumber), AdoptedOn = Input.AdoptedOn }
            : new DocumentDetails();

        publication.Tags = await editorial.TagsNamedAsync(Input.TagNames().ToList(), Slugs.From, cancellationToken);
        publication.People = await editorial.PeopleAsync(Input.PeopleIds, cancellationToken);
        publication.Bodies = await editorial.BodiesAsync(Input.BodyIds, cancellationToken);
    }

    /// <summary>The release carries the contact's details as they were when it went out.</summary>
    private async Task SnapshotPressContactAsync(Publication publication, CancellationToken cancellationToken)
    {
        if (publication.Status is not (PublicationStatus.Published or PublicationStatus.Scheduled))
        {
            return;
        }

        publication.Contact = publication.PressContactId is { } contactId && await editorial.PressContactAsync(contactId, cancellationToken) is { } contact
            ? ContactSnapshot.Of(contact)
            : new ContactSnapshot();
    }

    /// <summary>
    /// The typed address if it is free; otherwise one made from the title, numbered until it is free.
    /// Null (with the error next to the field) when a typed address belongs to another item.
    /// </summary>
    private async Task<string?> ChooseSlugAsync(Publication publication, CancellationToken cancellationToken)
    {
        var except = publication.Id == 0 ? (int?)null : publication.Id;
        if (!string.IsNullOrWhiteSpace(Input.Slug))
        {
            var typed = Input.Slug.Trim();
            if (await editorial.IsSlugTakenAsync(typed, except, cancellationToken))
            {
                ModelState.AddModelError("Input.Slug", "This address is already used by another publication; choose another.");
                return null;
            }

            return typed;
        }

        var generated = Slugs.From(Input.Title);
        if (generated.Length == 0)
        {
            generated = "publication";
        }

        var candidate = generated;
        for (var number = 2; await editorial.IsSlugTakenAsync(candidate, except, cancellationToken); number++)
        {
            candidate = $"{generated}-{number}";
        }

        return candidate;
    }

    private async Task<IActionResult> ShowConflictAsync(int id, CancellationToken cancellationToken)
    {
        Conflict = await editorial.CurrentAsync(id, cancellationToken);
        if (Conflict is null)
        {
            return NotFound();
        }

        // Saving again now is a deliberate choice made after seeing the other version.
        ModelState.Remove("Input.Version");
        Input.Version = Conflict.Version;
        ModelState.AddModelError(string.Empty,
            "Someone else saved this publication while you were editing it. Your text is still in the form; compare it with theirs below and save again to keep yours.");
        ShowsUnsavedInput = true;
        Response.StatusCode = StatusCodes.Status409Conflict;
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        ShowsUnsavedInput = true;
        await ReloadAsync(cancellationToken);
        return Page();
    }

    private async Task ReloadAsync(CancellationToken cancellationToken)
    {
        if (Stored is null && Id is { } id)
        {
            Stored = await editorial.ForEditingAsync(id, cancellationToken);
        }

        await LoadChoicesAsync(cancellationToken);
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Sections = await editorial.SectionsAsync(cancellationToken);
        People = await editorial.PeopleWithPostsAsync(cancellationToken);
        PressContacts = await editorial.PressContactsAsync(cancellationToken);
        Bodies = await editorial.BodiesAsync(cancellationToken);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
