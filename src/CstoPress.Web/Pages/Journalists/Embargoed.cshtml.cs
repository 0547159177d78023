using CstoPress.Data.Repositories.Journalists;
using CstoPress.Web.Journalists;

namespace CstoPress.Web.Pages.Journalists;

/// <summary>The items under embargo now, the soonest to go out first.</summary>
public class EmbargoedModel(EmbargoRepository embargoes, CurrentJournalist current, EmbargoAccessLog log, PressOfficeTime pressOffice)
    : JournalistPageModel(current, log, pressOffice)
{
    public IReadOnlyList<EmbargoedCopy> Copies { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ForJournalistAsync(async () =>
    {
        var items = await embargoes.EmbargoedAsync(HttpContext.RequestAborted);
        Copies = items.Select(CopyOf).ToList();
        await LogAsync(items);
        return Page();
    });
}
