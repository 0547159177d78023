using CstoPress.Core.Organization;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register.Documents;

/// <summary>
/// The steps of a document's life, recorded one at a time or, for ratifications, State by State from the table.
/// The rules (the order of steps, their dates) are <see cref="DocumentLifecycle"/>'s; a broken one is told in its words.
/// </summary>
public class StepsModel(RegisterEditingRepository editing, PressOfficeTime officeTime, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public DocumentStage Stage { get; set; }

    [BindProperty]
    public DateOnly? On { get; set; }

    [BindProperty]
    public int? MeetingId { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public Dictionary<MemberState, DateOnly?> Dates { get; set; } = [];

    [BindProperty]
    public Dictionary<MemberState, string?> Notes { get; set; } = [];

    private string Actor => AuditTrail.ActorOf(User);

    public IActionResult OnGet() => RedirectToPage("Edit", new { id = Id });

    public Task<IActionResult> OnPostRecordAsync(CancellationToken cancellationToken) =>
        StepAsync(async (document, today, now) =>
        {
            if (On is not { } day)
            {
                throw new RegisterRuleException("Give the date of the step.");
            }

            if (MeetingId is { } meeting && !await editing.MeetingExistsAsync(meeting, cancellationToken))
            {
                throw new RegisterRuleException("The meeting chosen is no longer in the register.");
            }

            document.Record(new DocumentStep { Stage = Stage, On = day, MeetingId = MeetingId, Note = Note, RecordedBy = Actor }, today, now);
            return $"{RegisterNames.Of(Stage)} on {day:dd.MM.yyyy}";
        }, "recorded a step", cancellationToken);

    public Task<IActionResult> OnPostRatifyAsync(CancellationToken cancellationToken) =>
        StepAsync((document, today, now) =>
        {
            var filled = Dates.Where(d => d.Value is not null).OrderBy(d => d.Value).ThenBy(d => d.Key).ToList();
            if (filled.Count == 0)
            {
                throw new RegisterRuleException("Fill in the day of at least one State's ratification.");
            }

            foreach (var (state, day) in filled)
            {
                document.Record(new DocumentStep
                {
                    Stage = DocumentStage.Ratified, On = day!.Value, State = state, Note = Notes.GetValueOrDefault(state), RecordedBy = Actor,
                }, today, now);
            }

            return Task.FromResult("ratified by " + string.Join(", ", filled.Select(f => $"{f.Key} on {f.Value:dd.MM.yyyy}")));
        }, "recorded ratifications", cancellationToken);

    private async Task<IActionResult> StepAsync(Func<Document, DateOnly, DateTimeOffset, Task<string>> step, string action, CancellationToken cancellationToken)
    {
        if (await editing.DocumentAsync(Id, cancellationToken) is not { } document)
        {
            return NotFound();
        }

        var now = time.GetUtcNow();
        string details;
        try
        {
            details = await step(document, officeTime.Day(now), now);
        }
        catch (RegisterRuleException rule)
        {
            TempData["Problem"] = rule.Message;
            return RedirectToPage("Edit", new { id = Id });
        }

        var bodyName = document.Body?.Name;
        RegisterRevision[] revisions = document.Review.Status == RegisterStatus.Published ? [RegisterSnapshots.Of(document, bodyName, Actor, now)] : [];
        var audit = AuditTrail.Entry(User, action, RegisterEntryKind.Document, document.Id, "Document " + document.Symbol, now, details);
        try
        {
            await editing.SaveEditAsync(document, document.Version, revisions, [audit], cancellationToken);
        }
        catch (RegisterEditConflictException)
        {
            TempData["Problem"] = "Someone else changed this document at the same moment; look at it again and repeat.";
            return RedirectToPage("Edit", new { id = Id });
        }

        TempData["Notice"] = $"Document {document.Symbol}: {details}.";
        return RedirectToPage("Edit", new { id = Id });
    }
}
