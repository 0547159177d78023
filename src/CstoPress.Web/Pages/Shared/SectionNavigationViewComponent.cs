namespace CstoPress.Web.Pages.Shared;

/// <summary>The header's section menu, read from the database so the press office can change it.</summary>
public sealed class SectionNavigationViewComponent(CatalogRepository catalog) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await catalog.SectionsAsync(HttpContext.RequestAborted));
}
