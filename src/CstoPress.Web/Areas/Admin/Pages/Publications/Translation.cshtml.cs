namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>Starts the other-language version: a draft pre-filled from this item, linked to it as its translation.</summary>
public class TranslationModel(TranslationRepository translations, PublicationEditingRepository editing, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public IActionResult OnGet() => RedirectToPage("Edit", new { id = Id });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var draft = await translations.StartTranslationAsync(Id, cancellationToken);
            if (draft is null)
            {
                return NotFound();
            }

            await editing.RecordAsync(AuditTrail.Entry(User, "started the translation", draft, time.GetUtcNow()), cancellationToken);
            TempData["Notice"] = "A draft translation was made from the original: translate its title, lead and text.";
            return RedirectToPage("Edit", new { id = draft.Id });
        }
        catch (PublicationRuleException rule)
        {
            TempData["Problem"] = rule.Message;
            return RedirectToPage("Edit", new { id = Id });
        }
    }
}
