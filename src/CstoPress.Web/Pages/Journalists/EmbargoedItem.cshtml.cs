using CstoPress.Core.Markdown;
using CstoPress.Data.Repositories.Journalists;
using CstoPress.Web.Journalists;

namespace CstoPress.Web.Pages.Journalists;

/// <summary>One embargoed item, marked for the journalist reading it. Once it is public, its public page.</summary>
public class EmbargoedItemModel(
    EmbargoRepository embargoes, PublicationMarkdown markdown, CurrentJournalist current, EmbargoAccessLog log, PressOfficeTime pressOffice)
    : JournalistPageModel(current, log, pressOffice)
{
    public EmbargoedCopy Copy { get; private set; } = null!;

    public string BodyHtml { get; private set; } = "";

    public Task<IActionResult> OnGetAsync(int id) => ForJournalistAsync(async () =>
    {
        if (await embargoes.EmbargoedItemAsync(id, HttpContext.RequestAborted) is not { } item)
        {
            return NotFound();
        }

        Copy = CopyOf(item);
        BodyHtml = markdown.ToHtml(item.Body, item.Language);
        await LogAsync([item]);
        return Page();
    });
}
