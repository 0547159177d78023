using CstoPress.Core.Journalists;
using CstoPress.Data.Repositories.Journalists;
using CstoPress.Web.Journalists;

namespace CstoPress.Web.Pages.Journalists;

/// <summary>
/// Where the confirmation link leads (/journalists/confirm?code=…): the request reaches the press
/// office. Opening it twice says so; an expired, replaced or damaged link gets a page that says what to do.
/// </summary>
public class ConfirmModel(EmailConfirmation confirmation, AccreditationRepository accreditations, TimeProvider time) : PageModel
{
    public Outcome Result { get; private set; }

    public ContentLanguage Language => PageLanguage.Of(HttpContext);

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        var reading = confirmation.Read(code, out var id, out var requestedAt);
        var accreditation = reading == EmailConfirmation.Reading.Unreadable ? null : await accreditations.ByIdAsync(id, cancellationToken);
        Result = accreditation is null || !EmailConfirmation.IsLatest(accreditation, requestedAt) ? Outcome.BadLink
            : accreditation.Status != AccreditationStatus.AwaitingEmailConfirmation ? Outcome.ConfirmedBefore
            : reading == EmailConfirmation.Reading.Expired ? Outcome.Expired
            : Outcome.Confirmed;
        if (Result == Outcome.Confirmed)
        {
            accreditation!.ConfirmEmail(time.GetUtcNow());
            await accreditations.SaveAsync(cancellationToken: cancellationToken);
        }

        if (Result is Outcome.BadLink or Outcome.Expired)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public enum Outcome
    {
        Confirmed,
        ConfirmedBefore,
        Expired,
        BadLink,
    }
}
