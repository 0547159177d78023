using CstoPress.Data.Repositories.Journalists;
using CstoPress.Web.Journalists;
using CstoPress.Web.Localization;
using CstoPress.Web.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace CstoPress.Web.Pages.Journalists;

/// <summary>
/// "Your accreditation" (/journalists/accreditation), for journalists only: where the accreditation
/// stands, the terms accepted, the time zone for embargo times, the second factor offered, and the
/// personal feed address, whose secret is shown once, when it is made, and never stored.
/// </summary>
[Authorize(Roles = PortalRoles.Journalist)]
public class AccreditationModel(AccreditationRepository accreditations, CurrentJournalist current, UserManager<PortalUser> users,
    TimeProvider time, IOptions<MailOptions> mailOptions, IStringLocalizer<SiteText> text) : PageModel
{
    public JournalistAccreditation? Accreditation { get; private set; }

    public bool Active { get; private set; }

    public bool TwoFactorEnabled { get; private set; }

    /// <summary>The feed address just made: on this answer only.</summary>
    public string? NewFeedAddress { get; private set; }

    [BindProperty]
    public string? TimeZone { get; set; }

    public ContentLanguage Language => PageLanguage.Of(HttpContext);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        TimeZone = Accreditation?.TimeZone;
        return Page();
    }

    public async Task<IActionResult> OnPostTimeZoneAsync(CancellationToken cancellationToken)
    {
        if (!JournalistTimeZones.TryRead(TimeZone, out var zone))
        {
            ModelState.AddModelError(nameof(TimeZone), text["TimeZoneUnknown", TimeZone ?? ""]);
            return await LoadAsync(cancellationToken) ? Page() : Challenge();
        }

        await accreditations.SetTimeZoneAsync(users.GetUserId(User)!, zone, cancellationToken);
        TempData["Notice"] = zone is null ? text["TimeZoneCleared"].Value : text["TimeZoneSaved", zone].Value;
        return LocalRedirect(Request.PathBase + Request.Path);
    }

    /// <summary>Makes the feed address, or a new one in place of the old, which stops working at once.</summary>
    public async Task<IActionResult> OnPostNewFeedAddressAsync(CancellationToken cancellationToken)
    {
        var token = JournalistFeedToken.New();
        if (!await accreditations.SetFeedTokenHashAsync(users.GetUserId(User)!, EmbargoFeed.HashOf(token), time.GetUtcNow(), cancellationToken))
        {
            TempData["Problem"] = text["FeedOnlyWhileAccredited"].Value;
            return LocalRedirect(Request.PathBase + Request.Path);
        }

        if (!await LoadAsync(cancellationToken))
        {
            return Challenge();
        }

        TimeZone = Accreditation?.TimeZone;
        NewFeedAddress = JournalistFeedToken.Address(mailOptions.Value.SiteFor(Request), token);
        return Page();
    }

    public async Task<IActionResult> OnPostStopFeedAsync(CancellationToken cancellationToken)
    {
        await accreditations.SetFeedTokenHashAsync(users.GetUserId(User)!, null, time.GetUtcNow(), cancellationToken);
        TempData["Notice"] = text["FeedStopped"].Value;
        return LocalRedirect(Request.PathBase + Request.Path);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return false;
        }

        Accreditation = await accreditations.OfJournalistAsync(user.Id, cancellationToken);
        Active = await current.OfAsync(User, cancellationToken) is not null;
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        return true;
    }
}
