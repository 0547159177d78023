using System.ComponentModel.DataAnnotations;
using CstoPress.Core.Journalists;
using CstoPress.Data.Repositories.Journalists;

namespace CstoPress.Web.Areas.Admin.Pages.Embargo;

/// <summary>
/// Whose copy a leaked embargoed text was: the press office types the recipient code, or pastes the
/// text that contains it, and sees the journalist and everything they received.
/// </summary>
public class RecipientsModel(EmbargoRepository embargoes, PressOfficeTime pressOffice) : PageModel
{
    [BindProperty]
    [StringLength(200_000, ErrorMessage = "Paste at most {1} characters.")]
    [Display(Name = "Recipient code, or the text that carries it")]
    public string? Text { get; set; }

    public bool Searched { get; private set; }

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public IReadOnlyList<EmbargoRecipient> Recipients { get; private set; } = [];

    public PressOfficeTime PressOffice => pressOffice;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Searched = true;
        Codes = RecipientCodes.FoundIn(Text);
        if (Codes.Count == 0)
        {
            ModelState.AddModelError(nameof(Text), $"No recipient code found. A code has {RecipientCodes.Length} letters and digits, printed as {RecipientCodes.Printed("ABCD2345")}.");
            return Page();
        }

        Recipients = await embargoes.RecipientsAsync(Codes, cancellationToken);
        return Page();
    }
}
