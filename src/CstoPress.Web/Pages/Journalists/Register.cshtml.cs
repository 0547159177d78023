using CstoPress.Web.Journalists;
using CstoPress.Web.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CstoPress.Web.Pages.Journalists;

/// <summary>
/// The request for accreditation (/journalists/register, /ru/journalists/register). Never served
/// ready-made: each form carries its own antiforgery token and time stamp. A post that fails for any
/// reason, an expired antiforgery token included, shows the form again with everything typed in it
/// and a message; scripts are kept out by the trap field, the time stamp and the rate limit.
/// </summary>
[EnableRateLimiting(AccountsHosting.RegistrationRateLimit)]
[IgnoreAntiforgeryToken]
public class RegisterModel(AccreditationRegistration registration, RegistrationFormToken formToken, IAntiforgery antiforgery,
    SecurityLog securityLog, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    [BindProperty]
    public string? FormStamp { get; set; }

    public bool Sent { get; private set; }

    public ContentLanguage Language => PageLanguage.Of(HttpContext);

    public void OnGet() => FormStamp = formToken.Issue();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Checked here rather than by the framework, whose refusal is a bare 400 that loses what was typed.
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return Again(text["RegisterFormExpired"]);
        }

        if (!string.IsNullOrEmpty(Input.Website))
        {
            // The answer a person gets, so a script learns nothing; nothing is kept or sent.
            securityLog.Record(HttpContext, SecurityEvent.RegistrationRefused, Input.WorkEmail, "trap field filled");
            Sent = true;
            return Page();
        }

        if (formToken.Check(FormStamp) is var verdict && verdict != RegistrationFormToken.Verdict.Fine)
        {
            securityLog.Record(HttpContext, SecurityEvent.RegistrationRefused, Input.WorkEmail, $"form stamp {verdict}");
            return Again(verdict == RegistrationFormToken.Verdict.TooOld ? text["RegisterTooOld", RegistrationFormToken.Longest.TotalHours]
                : verdict == RegistrationFormToken.Verdict.TooQuick ? text["RegisterTooQuick"] : text["RegisterFormExpired"]);
        }

        Input.Check(ModelState, text, nameof(Input) + ".");
        if (!ModelState.IsValid)
        {
            return Again(null);
        }

        if (!await registration.RegisterAsync(Input, Language, Request, cancellationToken))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.WorkEmail)}", text["RegisterAlreadyOpen"]);
            return Again(null);
        }

        Sent = true;
        return Page();
    }

    /// <summary>The form again with what was typed, a fresh stamp, and the terms as they are now.</summary>
    private PageResult Again(string? problem)
    {
        if (problem is not null)
        {
            ModelState.AddModelError(string.Empty, problem);
        }

        // The fields would otherwise show what was posted rather than the fresh values.
        ModelState.Remove(nameof(FormStamp));
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.TermsVersion)}");
        FormStamp = formToken.Issue();
        Input.TermsVersion = EmbargoTerms.Version;
        return Page();
    }
}
