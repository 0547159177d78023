namespace CstoPress.Web.Areas.Admin.Pages;

public class IndexModel(EditorialDeskRepository desk, PickListRepository pickLists) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Section { get; set; }

    [BindProperty(SupportsGet = true)]
    public PublicationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public PublicationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public Dashboard Desk { get; private set; } = null!;

    public IReadOnlyList<Section> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A filter value that does not parse is simply not applied: the page never fails on its query string.
        var language = Language switch { "en" => ContentLanguage.En, "ru" => ContentLanguage.Ru, _ => (ContentLanguage?)null };
        Desk = await desk.DashboardAsync(new DashboardFilter(Section, Kind, language, Status, Search), cancellationToken);
        Sections = await pickLists.SectionsAsync(cancellationToken);
    }
}
