using CstoPress.Core.Markdown;
using CstoPress.Core.Organization;
using CstoPress.Core.People;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register.Documents;

/// <summary>
/// Registering a document and editing its entry. As with a publication, the form comes back whole whatever
/// fails (a rule, someone else's newer save), and a save of an entry the public sees keeps a revision. The
/// steps of its life, its files and its review are posted to pages of their own beside this one.
/// </summary>
public class EditModel(
    RegisterEditingRepository editing, RegisterDeskRepository desk, PublicationMarkdown markdown, PressOfficeTime officeTime, TimeProvider time)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public DocumentInput Input { get; set; } = new();

    public Document? Stored { get; private set; }

    /// <summary>Someone else's newer save, as text beside this one's, when the save collided with it.</summary>
    public TextDiffModel? Conflict { get; private set; }

    public IReadOnlyList<OrganizationBody> Bodies { get; private set; } = [];

    public IReadOnlyList<MeetingChoice> Meetings { get; private set; } = [];

    public string PreviewHtml(DocumentVersion version) => markdown.ToHtml(version.Text, version.Language);

    public DateOnly Today => officeTime.Day(time.GetUtcNow());

    private string Actor => AuditTrail.ActorOf(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            if (await editing.DocumentAsync(id, cancellationToken) is not { } document)
            {
                return NotFound();
            }

            Stored = document;
            Input = DocumentInput.From(document);
        }
        else
        {
            Input.FirstOn = Today;
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var document = Id is { } id ? await editing.DocumentAsync(id, cancellationToken) : NewDocument(now);
        if (document is null)
        {
            return NotFound();
        }

        Stored = Id is null ? null : document;
        var isNew = Id is null;
        try
        {
            Input.ApplyTo(document, now);
            if (await editing.IsSymbolTakenAsync(document.SymbolKey, document.Id, cancellationToken))
            {
                throw new RegisterRuleException("Another document in the register has this symbol; each symbol names one document.");
            }

            if (isNew)
            {
                await BeginAsync(document, now, cancellationToken);
            }
        }
        catch (RegisterRuleException rule)
        {
            ModelState.AddModelError(string.Empty, rule.Message);
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(cancellationToken);
        }

        return await StoreAsync(document, isNew, now, cancellationToken);
    }

    private static Document NewDocument(DateTimeOffset now) => new() { Symbol = "", SymbolKey = "", CreatedAt = now, UpdatedAt = now };

    private async Task BeginAsync(Document document, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Input.FirstMeetingId is { } meeting && !await editing.MeetingExistsAsync(meeting, cancellationToken))
        {
            throw new RegisterRuleException("The meeting chosen is no longer in the register.");
        }

        document.Id = await editing.ReserveIdAsync(RegisterEntryKind.Document, cancellationToken);
        document.Begin(new DocumentStep
        {
            Stage = Input.FirstStage, On = Input.FirstOn ?? Today, MeetingId = Input.FirstMeetingId, RecordedBy = Actor,
        }, Today, now);
    }

    private async Task<IActionResult> StoreAsync(Document document, bool isNew, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var bodyName = document.BodyId is { } bodyId ? (await editing.BodyNamedAsync(bodyId, cancellationToken))?.Name : null;
        var audit = AuditTrail.Entry(User, isNew ? "created" : "edited", RegisterEntryKind.Document, document.Id, "Document " + document.Symbol, now);
        try
        {
            if (isNew)
            {
                await editing.SaveNewAsync(document, [audit], cancellationToken);
            }
            else
            {
                // Readers may have seen the entry: the version this save leaves is kept, as a publication's is.
                RegisterRevision[] revisions = document.Review.Status == RegisterStatus.Published ? [RegisterSnapshots.Of(document, bodyName, Actor, now)] : [];
                await editing.SaveEditAsync(document, Input.Version, revisions, [audit], cancellationToken);
            }
        }
        catch (RegisterEditConflictException)
        {
            return await ShowConflictAsync(document, bodyName, cancellationToken);
        }

        TempData["Notice"] = $"Document {document.Symbol} {(isNew ? "registered" : "saved")}.";
        return RedirectToPage(new { id = document.Id });
    }

    private async Task<IActionResult> ShowConflictAsync(Document mine, string? bodyName, CancellationToken cancellationToken)
    {
        if (await editing.CurrentDocumentAsync(mine.Id, cancellationToken) is not { } theirs)
        {
            return NotFound();
        }

        Conflict = new TextDiffModel(RegisterSnapshots.TextOf(theirs, theirs.Body?.Name), RegisterSnapshots.TextOf(mine, bodyName), "The entry");
        // Saving again now is a deliberate choice made after seeing the other version.
        ModelState.Remove("Input.Version");
        Input.Version = theirs.Version;
        ModelState.AddModelError(string.Empty,
            "Someone else saved this document while you were editing it. Your text is still in the form; compare it with theirs below and save again to keep yours.");
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await RedisplayAsync(cancellationToken);
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            // The stored entry as it is, not as this form's changes left it in memory.
            Stored = await editing.CurrentDocumentAsync(id, cancellationToken);
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Bodies = await desk.BodiesAsync(cancellationToken);
        Meetings = await desk.MeetingChoicesAsync(cancellationToken);
    }
}
