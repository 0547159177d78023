using CstoPress.Core.People;

namespace CstoPress.Web.Areas.Admin.Pages.Catalog;

/// <summary>
/// One press contact: its details, the spellings its publications were signed with, and the two repairs of what
/// the importer decided about signatures: merging the contact into another (the same person twice) and splitting
/// spellings off it (two people taken for one). A refused form comes back as it was sent, with its message.
/// </summary>
public class ContactModel(PressContactEditingRepository contacts, TimeProvider time) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public PressContact Contact { get; private set; } = null!;

    public IReadOnlyList<SpellingUse> Spellings { get; private set; } = [];

    /// <summary>Publications of the contact that printed no name: they stay with it whatever is split off.</summary>
    public int SignedWithoutName { get; private set; }

    public IReadOnlyList<PressContactUse> Others { get; private set; } = [];

    public PressContactInput Input { get; private set; } = new();

    public IReadOnlyCollection<string> ChosenSpellings { get; private set; } = [];

    public int SplitInto { get; private set; }

    public int MergeInto { get; private set; }

    public string? SplitProblem { get; private set; }

    public string? MergeProblem { get; private set; }

    private string Actor => AuditTrail.ActorOf(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = PressContactInput.From(Contact);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync([Bind(Prefix = PressContactInput.Prefix)] PressContactInput input, CancellationToken cancellationToken)
    {
        Input = input;
        if (!await LoadAsync(cancellationToken))
        {
            return Gone();
        }

        await input.CheckNameAsync(ModelState, contacts, Id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await contacts.EditContactAsync(Id, input.Details(), Actor, time.GetUtcNow(), cancellationToken) is not { } saved)
        {
            return Gone();
        }

        TempData["Notice"] = saved.Name == Contact.Name
            ? $"{saved.Name} saved."
            : $"{saved.Name} saved; every page the contact signed shows the new name, and '{Contact.Name}' is kept as a spelling.";
        return RedirectToPage(new { id = Id });
    }

    /// <summary>This contact is a duplicate of <paramref name="into"/>: its publications and spellings go there, and it is removed.</summary>
    public async Task<IActionResult> OnPostMergeAsync(int into, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Gone();
        }

        MergeInto = into;
        MergeProblem = Others.All(o => o.Id != into) ? "Choose the other contact this one is a duplicate of." : null;
        if (MergeProblem is not null)
        {
            return RefusedPage();
        }

        if (await contacts.MergeAsync(Id, into, Actor, time.GetUtcNow(), cancellationToken) is not { } moved)
        {
            return Gone();
        }

        TempData["Notice"] = $"{Contact.Name} was merged into this contact: {moved} publication(s) moved, its spellings kept.";
        return RedirectToPage(new { id = into });
    }

    /// <summary>The publications signed with the chosen spellings go to <paramref name="into"/>, or to a new contact when it is 0.</summary>
    public async Task<IActionResult> OnPostSplitAsync(string[]? spellings, int into, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Gone();
        }

        ChosenSpellings = spellings ?? [];
        SplitInto = into;
        var (chosen, problem) = PressContactSplit.Choose(Contact, Spellings, ChosenSpellings, into);
        SplitProblem = problem ?? (into != 0 && Others.All(o => o.Id != into) ? "Choose a new contact or one of those listed to take the spellings." : null);
        if (SplitProblem is not null)
        {
            return RefusedPage();
        }

        if (await contacts.SplitAsync(Id, chosen, into, Actor, time.GetUtcNow(), cancellationToken) is not { } split)
        {
            return Gone();
        }

        TempData["Notice"] = $"{string.Join(", ", chosen)} split off {Contact.Name}: {split.PublicationsMoved} publication(s) moved to this contact.";
        return RedirectToPage(new { id = split.ContactId });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await contacts.ContactAsync(Id, cancellationToken) is not { } contact)
        {
            return false;
        }

        Contact = contact;
        var signatures = await contacts.SignaturesAsync(Id, cancellationToken);
        Spellings = PressContactSplit.SpellingsOf(contact, signatures.BySignedName);
        SignedWithoutName = signatures.WithoutName;
        Others = [.. (await contacts.ContactsAsync(cancellationToken)).Where(c => c.Id != Id)];
        return true;
    }

    /// <summary>The page again, the refused form as it was sent and the details form as stored.</summary>
    private PageResult RefusedPage()
    {
        Input = PressContactInput.From(Contact);
        return Page();
    }

    /// <summary>A contact merged away (or never there) while the editor looked at it: back to the list, saying so.</summary>
    private RedirectToPageResult Gone()
    {
        TempData["Problem"] = "That press contact no longer exists: it may have been merged into another. Nothing was changed.";
        return RedirectToPage("Contacts");
    }
}
