using CstoPress.Core.Organization;
using CstoPress.Core.People;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register.Documents;

/// <summary>The register of documents as the press office sees it: every entry whatever its review, narrowed by body, type, stage or review.</summary>
public class IndexModel(RegisterDeskRepository desk) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "body")]
    public int? Body { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public DocumentType? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "stage")]
    public DocumentStage? Stage { get; set; }

    [BindProperty(SupportsGet = true, Name = "review")]
    public RegisterStatus? Review { get; set; }

    public IReadOnlyList<DeskDocumentLine> Documents { get; private set; } = [];

    public IReadOnlyList<OrganizationBody> Bodies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A value the lists do not offer (typed into the address) narrows nothing rather than failing.
        ModelState.Clear();
        Bodies = await desk.BodiesAsync(cancellationToken);
        Documents = await desk.DocumentsAsync(new DeskDocumentFilter(Body, Type, Stage, Review), cancellationToken);
    }
}
