using CstoPress.Core.Organization;
using CstoPress.Core.People;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register.Meetings;

/// <summary>
/// Announcing a meeting of a body and editing it. The status changes (confirmed, postponed, cancelled, held) are
/// posted to <see cref="StatusModel"/>, so each is kept with its reason; the documents considered or adopted at the
/// meeting are the steps recorded on the documents.
/// </summary>
public class EditModel(RegisterEditingRepository editing, RegisterDeskRepository desk, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public Meeting? Stored { get; private set; }

    public TextDiffModel? Conflict { get; private set; }

    public IReadOnlyList<OrganizationBody> Bodies { get; private set; } = [];

    public IReadOnlyList<MeetingDocumentStep> Documents { get; private set; } = [];

    private string Actor => AuditTrail.ActorOf(User);

    public async Task<IActionResult> OnGetAsync(int? body, CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            if (await editing.MeetingAsync(id, cancellationToken) is not { } meeting)
            {
                return NotFound();
            }

            Stored = meeting;
            Input = MeetingInput.From(meeting);
        }
        else if (body is { } bodyId)
        {
            Input.BodyId = bodyId;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var isNew = Id is null;
        var meeting = Id is { } id ? await editing.MeetingAsync(id, cancellationToken) : new Meeting { CreatedAt = now };
        if (meeting is null)
        {
            return NotFound();
        }

        var body = await editing.BodyNamedAsync(Input.BodyId, cancellationToken);
        try
        {
            if (body is null)
            {
                throw new RegisterRuleException("Choose the body whose meeting this is.");
            }

            Input.ApplyTo(meeting, now);
            if (await editing.IsMeetingNumberTakenAsync(meeting.BodyId, meeting.Number, meeting.Id, cancellationToken))
            {
                throw new RegisterRuleException($"The {body.Name} already has a meeting numbered {meeting.Number}.");
            }

            if (isNew)
            {
                meeting.Id = await editing.ReserveIdAsync(RegisterEntryKind.Meeting, cancellationToken);
                meeting.Announce(Input.Status, Actor, now);
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

        return await StoreAsync(meeting, body!.Name, isNew, now, cancellationToken);
    }

    private async Task<IActionResult> StoreAsync(Meeting meeting, string bodyName, bool isNew, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subject = $"Meeting {meeting.Number} of the {bodyName}";
        var audit = AuditTrail.Entry(User, isNew ? "created" : "edited", RegisterEntryKind.Meeting, meeting.Id, subject, now);
        try
        {
            if (isNew)
            {
                await editing.SaveNewAsync(meeting, [audit], cancellationToken);
            }
            else
            {
                RegisterRevision[] revisions = meeting.Review.Status == RegisterStatus.Published ? [RegisterSnapshots.Of(meeting, bodyName, Actor, now)] : [];
                await editing.SaveEditAsync(meeting, Input.Version, revisions, [audit], cancellationToken);
            }
        }
        catch (RegisterEditConflictException)
        {
            if (await editing.CurrentMeetingAsync(meeting.Id, cancellationToken) is not { } theirs)
            {
                return NotFound();
            }

            Conflict = new TextDiffModel(RegisterSnapshots.TextOf(theirs), RegisterSnapshots.TextOf(meeting), "The meeting");
            ModelState.Remove("Input.Version");
            Input.Version = theirs.Version;
            ModelState.AddModelError(string.Empty,
                "Someone else saved this meeting while you were editing it. Your text is still in the form; compare it with theirs below and save again to keep yours.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await RedisplayAsync(cancellationToken);
        }

        TempData["Notice"] = $"{subject} {(isNew ? "announced" : "saved")}.";
        return RedirectToPage(new { id = meeting.Id });
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Stored = await editing.CurrentMeetingAsync(id, cancellationToken);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Bodies = await desk.BodiesAsync(cancellationToken);
        if (Id is { } id)
        {
            Documents = await desk.StepsAtMeetingAsync(id, cancellationToken);
            Stored ??= await editing.CurrentMeetingAsync(id, cancellationToken);
        }
    }
}
