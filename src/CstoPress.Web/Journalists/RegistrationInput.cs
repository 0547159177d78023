using System.Net.Mail;
using CstoPress.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CstoPress.Web.Journalists;

/// <summary>
/// The fields of the request for accreditation, each checked with a message of its own in the page's
/// language. They are all optional to the binder, so that a missing field gets this message and not
/// the framework's English one.
/// </summary>
public sealed class RegistrationInput
{
    public string? Name { get; set; }
    public string? Outlet { get; set; }
    public string? Position { get; set; }
    public string? Country { get; set; }
    public string? WorkEmail { get; set; }
    public bool AcceptTerms { get; set; }

    /// <summary>The version of the terms the form showed, so terms changed while it was open are not taken as accepted.</summary>
    public string? TermsVersion { get; set; } = EmbargoTerms.Version;

    /// <summary>The trap: hidden from people and screen readers, filled in by scripts that fill in every field.</summary>
    public string? Website { get; set; }

    /// <summary>Adds a message under <paramref name="prefix"/> + the field's name for every field that is not right.</summary>
    /// <remarks>The longest texts are what the accreditations table holds.</remarks>
    public void Check(ModelStateDictionary modelState, IStringLocalizer<SiteText> text, string prefix)
    {
        Text(modelState, prefix + nameof(Name), Name, maxLength: 200, text["RegisterName"], text["RegisterNameMissing"], text);
        Text(modelState, prefix + nameof(Outlet), Outlet, maxLength: 200, text["RegisterOutlet"], text["RegisterOutletMissing"], text);
        Text(modelState, prefix + nameof(Position), Position, maxLength: 200, text["RegisterPosition"], text["RegisterPositionMissing"], text);
        Text(modelState, prefix + nameof(Country), Country, maxLength: 100, text["RegisterCountry"], text["RegisterCountryMissing"], text);
        if (Text(modelState, prefix + nameof(WorkEmail), WorkEmail, maxLength: 256, text["RegisterWorkEmail"], text["RegisterWorkEmailMissing"], text)
            && !IsEmailAddress(WorkEmail!.Trim()))
        {
            modelState.AddModelError(prefix + nameof(WorkEmail), text["RegisterWorkEmailWrong"]);
        }

        if (!AcceptTerms)
        {
            modelState.AddModelError(prefix + nameof(AcceptTerms), text["RegisterTermsMissing"]);
        }
        else if (TermsVersion != EmbargoTerms.Version)
        {
            // Accepting again must be a fresh tick under the terms as they are now.
            AcceptTerms = false;
            modelState.AddModelError(prefix + nameof(AcceptTerms), text["RegisterTermsChanged"]);
        }
    }

    /// <summary>One address, nothing around it (no display name), with a domain that has a dot.</summary>
    public static bool IsEmailAddress(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);

    /// <returns>True when the field has text short enough.</returns>
    private static bool Text(ModelStateDictionary modelState, string key, string? value, int maxLength, string label, string missing, IStringLocalizer<SiteText> text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            modelState.AddModelError(key, missing);
            return false;
        }

        if (value.Trim().Length > maxLength)
        {
            modelState.AddModelError(key, text["RegisterTooLong", label, maxLength]);
            return false;
        }

        return true;
    }
}
