using CstoPress.Core.Journalists;
using CstoPress.Data.Repositories.Journalists;

namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>An item's embargo: the line journalists see, and every view and feed fetch of it by a journalist.</summary>
public class EmbargoModel(PublicationEditingRepository editing, EmbargoRepository embargoes, PressOfficeTime pressOffice) : PageModel
{
    public Publication Publication { get; private set; } = null!;

    public string? EmbargoLine { get; private set; }

    public IReadOnlyList<EmbargoAccessLine> Accesses { get; private set; } = [];

    public PressOfficeTime PressOffice => pressOffice;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await editing.ForEditingAsync(id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        Publication = publication;
        EmbargoLine = publication.PublishedAt is { } at ? Core.Journalists.EmbargoLine.For(at, pressOffice) : null;
        Accesses = await embargoes.AccessesOfAsync(id, cancellationToken);
        return Page();
    }

    public static string ChannelName(EmbargoChannel channel) => channel == EmbargoChannel.Feed ? "personal feed" : "on the site";
}
