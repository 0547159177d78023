using CstoPress.Core.Alerts;
using CstoPress.Core.Markdown;
using CstoPress.Core.People;
using CstoPress.Web.Media;

namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>
/// Writing and editing a publication, and saving it with a step of the workflow. The form is sent whole
/// on every action, so whatever fails (a rule, a field, someone else's newer save) the text typed is
/// shown again, never lost. The rules are <see cref="PublishingWorkflow"/>'s; photos, preview links, the
/// translation and the steps taken without the form have pages of their own beside this one.
/// </summary>
public class EditModel(
    PublicationEditingRepository editing, PickListRepository pickLists, PreviewLinkRepository previewLinks, PublicationMarkdown markdown,
    PressOfficeTime pressOfficeTime, TimeProvider time, PhotoIntake photoIntake, IOptions<Web.Alerts.AlertOptions> alerts)
    : PageModel
{
    /// <summary>Set after the form was saved: the page then tells the editor's script to forget the kept draft.</summary>
    public const string FormSavedKey = "FormSaved";

    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public PublicationInput Input { get; set; } = new();

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

    private string Actor => AuditTrail.ActorOf(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Stored = await editing.ForEditingAsync(id, cancellationToken);
            if (Stored is null)
            {
                return NotFound();
            }

            Input = PublicationInput.From(Stored, pressOfficeTime);
        }
        else
        {
            var contacts = await pickLists.PressContactsAsync(cancellationToken);
            Input.PressContactId = contacts.Count > 0 ? contacts[0].Id : null;
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    [LeavesPublicPagesAlone]
    public Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        PreviewHtml = markdown.ToHtml(Input.Body);
        return RedisplayAsync(cancellationToken);
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

    /// <summary>Applies the form, then the workflow step, and saves both together or neither.</summary>
    private async Task<IActionResult> SaveAsync(Action<Publication, DateTimeOffset>? step, string action, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var publication = Id is { } id ? await editing.ForEditingAsync(id, cancellationToken) : null;
        if (Id is not null && publication is null)
        {
            return NotFound();
        }

        Stored = publication;
        foreach (var problem in markdown.CheckLimits(Input.Body))
        {
            ModelState.AddModelError("Input.Body", problem);
        }

        var isNew = publication is null;
        publication ??= new Publication { Title = Input.Title, Slug = "", CreatedAt = now, Status = PublicationStatus.Draft };
        var wasPublic = publication.HasBeenPublic();
        var (statusBefore, embargoBefore, changedBefore) = (publication.Status, publication.IsUnderEmbargo, publication.UpdatedAt);
        var except = isNew ? (int?)null : publication.Id;
        var slug = ModelState.IsValid
            ? await PublishingWorkflow.AddressForAsync(Input.Slug, Input.Title, s => editing.IsSlugTakenAsync(s, except, cancellationToken))
            : null;
        if (slug is null)
        {
            if (ModelState.IsValid)
            {
                ModelState.AddModelError("Input.Slug", "This address is already used by another publication; choose another.");
            }

            return await RedisplayAsync(cancellationToken);
        }

        SlugRedirect? redirect;
        var change = ChangeSize.Minor;
        try
        {
            change = wasPublic ? PublishingWorkflow.SizeOfChange(Input.ChangeSize, Input.ChangeNote) : ChangeSize.Minor;
            await Input.ApplyToAsync(publication, pressOfficeTime, editing, now, cancellationToken);
            publication.MarkTranslationUpdated();
            publication.EnsureNotInTrash();
            redirect = publication.ChangeSlug(slug, now);
            step?.Invoke(publication, now);
        }
        catch (PublicationRuleException rule)
        {
            ModelState.AddModelError(string.Empty, rule.Message);
            return await RedisplayAsync(cancellationToken);
        }

        await publication.SnapshotContactAsync(contactId => editing.PressContactAsync(contactId, cancellationToken));
        var trail = new SaveTrail(redirect, wasPublic ? [publication.KeepRevision(change, Input.ChangeNote, Actor, now, changedBefore)] : [],
            AlertsOfAStep.After(publication, statusBefore, embargoBefore, change, now, alerts.Value.ImmediateDelay),
            MarksTranslations: change == ChangeSize.Major);
        return await StoreAsync(publication, isNew, trail, step is null ? null : action, now, cancellationToken)
            ?? RedirectToPage(new { id = publication.Id });
    }

    /// <summary>Stores the item with its audit entries; on a conflict with someone else's save, the page that shows both.</summary>
    private async Task<IActionResult?> StoreAsync(Publication publication, bool isNew, SaveTrail trail, string? step, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (isNew)
        {
            await editing.ReserveIdAsync(publication, cancellationToken);
        }

        var saved = AuditTrail.Entry(User, isNew ? "created" : "edited", publication, now, step);
        var entries = step is null ? [saved] : new[] { saved, AuditTrail.Entry(User, step, publication, now) };
        try
        {
            await (isNew
                ? editing.SaveNewAsync(publication, trail, entries, cancellationToken)
                : editing.SaveEditAsync(publication, Input.Version, trail, entries, cancellationToken));
        }
        catch (PublicationEditConflictException conflict)
        {
            return await ShowConflictAsync(conflict.PublicationId, cancellationToken);
        }

        TempData["Notice"] = $"'{publication.Title}' {step ?? "saved"}.";
        TempData[FormSavedKey] = true;
        return null;
    }

    private async Task<IActionResult> ShowConflictAsync(int id, CancellationToken cancellationToken)
    {
        Conflict = await editing.CurrentAsync(id, cancellationToken);
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
        if (Stored is null && Id is { } id)
        {
            Stored = await editing.ForEditingAsync(id, cancellationToken);
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Sections = await pickLists.SectionsAsync(cancellationToken);
        People = await pickLists.PeopleWithPostsAsync(cancellationToken);
        PressContacts = await pickLists.PressContactsAsync(cancellationToken);
        Bodies = await pickLists.BodiesAsync(cancellationToken);
        if (Stored is not null)
        {
            PreviewLinks = await previewLinks.LinksOfAsync(Stored.Id, cancellationToken);
        }
    }
}
