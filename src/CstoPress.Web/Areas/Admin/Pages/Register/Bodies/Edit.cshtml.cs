using System.ComponentModel.DataAnnotations;
using CstoPress.Core.Organization;
using CstoPress.Core.People;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register.Bodies;

/// <summary>
/// A body's role in both languages, saved like any register entry: audited, kept as a revision (a body's page is
/// always public) and refused over someone else's newer save. Its periods (chairs, representatives) are posted to <see cref="TermsModel"/>.
/// </summary>
public class EditModel(RegisterEditingRepository editing, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty, Display(Name = "Role in English (Markdown)"), StringLength(10000)]
    public string? Role { get; set; }

    [BindProperty, Display(Name = "Role in Russian (Markdown)"), StringLength(10000)]
    public string? RoleRu { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public OrganizationBody Body { get; private set; } = null!;

    public TextDiffModel? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await editing.BodyAsync(Id, cancellationToken) is not { } body)
        {
            return NotFound();
        }

        Body = body;
        (Role, RoleRu, Version) = (body.Role, body.RoleRu, body.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await editing.BodyAsync(Id, cancellationToken) is not { } body)
        {
            return NotFound();
        }

        Body = body;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = time.GetUtcNow();
        var actor = AuditTrail.ActorOf(User);
        body.Role = Role?.Trim() ?? "";
        body.RoleRu = RoleRu?.Trim() ?? "";
        body.UpdatedAt = now;
        var audit = AuditTrail.Entry(User, "edited", RegisterEntryKind.Body, body.Id, "Body " + body.Name, now, "role");
        try
        {
            await editing.SaveEditAsync(body, Version, [RegisterSnapshots.Of(body, actor, now)], [audit], cancellationToken);
        }
        catch (RegisterEditConflictException)
        {
            var theirs = await editing.CurrentBodyAsync(Id, cancellationToken);
            Conflict = new TextDiffModel(theirs is null ? "" : RegisterSnapshots.TextOf(theirs), RegisterSnapshots.TextOf(body), "The body");
            ModelState.Remove(nameof(Version));
            Version = theirs?.Version ?? Version;
            ModelState.AddModelError(string.Empty,
                "Someone else saved this body while you were editing it. Your text is still in the form; compare it with theirs below and save again to keep yours.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            if (theirs is not null)
            {
                Body = theirs;
            }

            return Page();
        }

        TempData["Notice"] = $"{body.Name} saved.";
        return RedirectToPage(new { id = Id });
    }
}
