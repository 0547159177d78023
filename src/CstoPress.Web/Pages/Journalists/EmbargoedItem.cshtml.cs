using CstoPress.Core.Markdown;
using CstoPress.Data.Repositories.Journalists;
using CstoPress.Web.Journalists;

namespace CstoPress.Web.Pages.Journalists;

/// <summary>One embargoed item, marked for the journalist reading it. Once it has gone out, its link leads to the public page.</summary>
public class EmbargoedItemModel(
    EmbargoRepository embargoes, PublicationMarkdown markdown, TimeProvider time, CurrentJournalist current, EmbargoAccessLog log,
    PressOfficeTime pressOffice)
    : JournalistPageModel(current, log, pressOffice)
{
    public EmbargoedCopy Copy { get; private set; } = null!;

    public string BodyHtml { get; private set; } = "";

    public Task<IActionResult> OnGetAsync(int id) => ForJournalistAsync(async () =>
    {
        if (await embargoes.EmbargoedItemAsync(id, HttpContext.RequestAborted) is not { } item)
        {
            return await embargoes.ReleasedAsync(id, time.GetUtcNow(), HttpContext.RequestAborted) is { } released
                ? Redirect(SiteLinks.Publication(released.Language, released.Slug))
                : NotFound();
        }

        Copy = CopyOf(item);
        BodyHtml = markdown.ToHtml(item.Body, item.Language);
        await LogAsync([item]);
        return Page();
    });
}
