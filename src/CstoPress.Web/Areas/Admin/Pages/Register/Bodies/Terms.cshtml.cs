using CstoPress.Core.Organization;
using CstoPress.Core.People;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register.Bodies;

/// <summary>A body's chairmanship by period and its States' representatives over time, by the rules of <see cref="BodyTerms"/>.</summary>
public class TermsModel(RegisterEditingRepository editing, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public MemberState State { get; set; }

    [BindProperty]
    public DateOnly? From { get; set; }

    [BindProperty]
    public DateOnly? To { get; set; }

    [BindProperty]
    public int TermId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? NameRu { get; set; }

    [BindProperty]
    public string? Post { get; set; }

    [BindProperty]
    public string? PostRu { get; set; }

    public IActionResult OnGet() => RedirectToPage("Edit", new { id = Id });

    public Task<IActionResult> OnPostAddChairAsync(CancellationToken cancellationToken) =>
        ChangeAsync(body =>
        {
            body.AddChairmanship(new BodyChairmanship { BodyId = body.Id, State = State, From = RequireFrom(), To = To });
            return $"chairmanship of {State} from {From:dd.MM.yyyy}";
        }, "added a chairmanship", cancellationToken);

    public Task<IActionResult> OnPostEndChairAsync(CancellationToken cancellationToken) =>
        ChangeAsync(body =>
        {
            body.EndChairmanship(TermId, To ?? throw new RegisterRuleException("Give the last day of the chairmanship."));
            return $"chairmanship ended on {To:dd.MM.yyyy}";
        }, "ended a chairmanship", cancellationToken);

    public Task<IActionResult> OnPostAddRepresentativeAsync(CancellationToken cancellationToken) =>
        ChangeAsync(body =>
        {
            if (string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(NameRu))
            {
                throw new RegisterRuleException("Give the representative's name in both languages.");
            }

            body.AddRepresentative(new BodyRepresentative
            {
                BodyId = body.Id, State = State, Name = Name.Trim(), NameRu = NameRu.Trim(), Post = Blank(Post), PostRu = Blank(PostRu),
                From = RequireFrom(), To = To,
            });
            return $"{Name.Trim()} for {State} from {From:dd.MM.yyyy}";
        }, "added a representative", cancellationToken);

    public Task<IActionResult> OnPostEndRepresentativeAsync(CancellationToken cancellationToken) =>
        ChangeAsync(body =>
        {
            body.EndRepresentative(TermId, To ?? throw new RegisterRuleException("Give the representative's last day."));
            return $"representative's term ended on {To:dd.MM.yyyy}";
        }, "ended a representative's term", cancellationToken);

    private DateOnly RequireFrom() => From ?? throw new RegisterRuleException("Give the first day of the period.");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<IActionResult> ChangeAsync(Func<OrganizationBody, string> change, string action, CancellationToken cancellationToken)
    {
        if (await editing.BodyAsync(Id, cancellationToken) is not { } body)
        {
            return NotFound();
        }

        string details;
        try
        {
            details = change(body);
        }
        catch (RegisterRuleException rule)
        {
            TempData["Problem"] = rule.Message;
            return RedirectToPage("Edit", new { id = Id });
        }

        var now = time.GetUtcNow();
        body.UpdatedAt = now;
        var audit = AuditTrail.Entry(User, action, RegisterEntryKind.Body, body.Id, "Body " + body.Name, now, details);
        try
        {
            await editing.SaveEditAsync(body, body.Version, [RegisterSnapshots.Of(body, AuditTrail.ActorOf(User), now)], [audit], cancellationToken);
        }
        catch (RegisterEditConflictException)
        {
            TempData["Problem"] = "Someone else changed this body at the same moment; look at it again and repeat.";
            return RedirectToPage("Edit", new { id = Id });
        }

        TempData["Notice"] = $"{body.Name}: {details}.";
        return RedirectToPage("Edit", new { id = Id });
    }
}
