using CstoPress.Core.Journalists;
using CstoPress.Data.Repositories.Journalists;

namespace CstoPress.Web.Journalists;

/// <summary>
/// A request for accreditation as the form sends it: kept unconfirmed with a recipient code of its own,
/// and a confirmation link mailed to the work address. One open request per address: sent again while
/// the first awaits its confirmation, it replaces it (a typo corrected, a lost message sent anew); while
/// the first awaits a decision, or the journalist is accredited, it is refused.
/// </summary>
public sealed class AccreditationRegistration(AccreditationRepository accreditations, EmailConfirmation confirmation, TimeProvider time)
{
    /// <returns>False when a request from this address is with the press office already, or accredited.</returns>
    public async Task<bool> RegisterAsync(RegistrationInput input, ContentLanguage language, HttpRequest request, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var workEmail = input.WorkEmail!.Trim();
        var open = await accreditations.OpenRequestFromAsync(workEmail, now, cancellationToken);
        if (open is { Status: not AccreditationStatus.AwaitingEmailConfirmation })
        {
            return false;
        }

        var accreditation = open ?? new Accreditation
        {
            Name = "", Outlet = "", Position = "", Country = "", WorkEmail = workEmail, TermsVersion = EmbargoTerms.Version,
            RecipientCode = await NewRecipientCodeAsync(cancellationToken),
        };
        accreditation.Name = input.Name!.Trim();
        accreditation.Outlet = input.Outlet!.Trim();
        accreditation.Position = input.Position!.Trim();
        accreditation.Country = input.Country!.Trim();
        accreditation.WorkEmail = workEmail;
        accreditation.TermsVersion = EmbargoTerms.Version;
        accreditation.TermsAcceptedAt = now;
        accreditation.RequestedAt = now;
        if (open is null)
        {
            await accreditations.AddAsync(accreditation, cancellationToken);
        }
        else
        {
            await accreditations.SaveAsync(cancellationToken: cancellationToken);
        }

        await confirmation.SendAsync(accreditation, language, request, cancellationToken);
        return true;
    }

    /// <remarks>A clash is one in a trillion; the unique index is the last word should two requests draw the same code at once.</remarks>
    private async Task<string> NewRecipientCodeAsync(CancellationToken cancellationToken)
    {
        var code = RecipientCodes.New();
        for (var attempt = 0; attempt < 5 && await accreditations.RecipientCodeTakenAsync(code, cancellationToken); attempt++)
        {
            code = RecipientCodes.New();
        }

        return code;
    }
}
