namespace CstoPress.Web.Areas.Admin.Pages.Catalog;

/// <summary>
/// The press contacts signed under releases, and a new one. Each opens on its own page (<see cref="ContactModel"/>),
/// where it is edited, merged into another or has spellings split off.
/// </summary>
public class ContactsModel(PressContactEditingRepository contacts, TimeProvider time) : PageModel
{
    public IReadOnlyList<PressContactUse> Contacts { get; private set; } = [];

    public PressContactInput Input { get; private set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Contacts = await contacts.ContactsAsync(cancellationToken);

    /// <summary>Adds a contact; when refused, the form comes back as typed, with the message by the field.</summary>
    public async Task<IActionResult> OnPostSaveAsync([Bind(Prefix = PressContactInput.Prefix)] PressContactInput input, CancellationToken cancellationToken)
    {
        Input = input;
        await input.CheckNameAsync(ModelState, contacts, exceptId: 0, cancellationToken);
        if (!ModelState.IsValid)
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        var added = await contacts.AddContactAsync(input.Details(), AuditTrail.ActorOf(User), time.GetUtcNow(), cancellationToken);
        TempData["Notice"] = $"{added.Name} added.";
        return RedirectToPage();
    }
}
