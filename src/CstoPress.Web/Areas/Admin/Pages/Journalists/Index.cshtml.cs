using CstoPress.Data.Repositories.Journalists;

namespace CstoPress.Web.Areas.Admin.Pages.Journalists;

/// <summary>Journalists' requests for accreditation: those awaiting a decision first, then the accredited, refused and revoked.</summary>
public class IndexModel(AccreditationRepository accreditations) : PageModel
{
    public IReadOnlyList<AccreditationListing> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Requests = await accreditations.ForThePressOfficeAsync(cancellationToken);
}
