namespace CstoPress.Web.Pages.Shared;

/// <summary>The header's section menu, read from the database so the press office can change it (and kept in memory).</summary>
public sealed class SectionNavigationViewComponent(KeptCatalog catalog) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await catalog.SectionsAsync(HttpContext.RequestAborted));
}
