using CstoPress.Core.Journalists;
using CstoPress.Data.Repositories.Journalists;
using CstoPress.Web.Journalists;
using Microsoft.AspNetCore.Authorization;

namespace CstoPress.Web.Pages.Journalists;

/// <summary>
/// A page only accredited journalists see, never cached: each copy is marked for its reader and every
/// view is logged. A journalist whose accreditation was revoked or has ended is refused, as anyone else is.
/// </summary>
[Authorize(Roles = PortalRoles.Journalist)]
public abstract class JournalistPageModel(CurrentJournalist current, EmbargoAccessLog log, PressOfficeTime pressOffice) : PageModel
{
    public ActiveJournalist Journalist { get; private set; } = null!;

    protected PressOfficeTime PressOffice => pressOffice;

    /// <summary>Runs <paramref name="show"/> for an active journalist; refuses anyone else.</summary>
    protected async Task<IActionResult> ForJournalistAsync(Func<Task<IActionResult>> show)
    {
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        if (await current.OfAsync(User, HttpContext.RequestAborted) is not { } journalist)
        {
            return RedirectToPage("/Account/Denied");
        }

        Journalist = journalist;
        return await show();
    }

    protected EmbargoedCopy CopyOf(EmbargoedItem item) => EmbargoedCopy.For(item, Journalist, pressOffice);

    protected Task LogAsync(IEnumerable<EmbargoedItem> items) => log.RecordAsync(Journalist, items, EmbargoChannel.Page, HttpContext);
}
