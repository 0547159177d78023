namespace CstoPress.Web.Areas.Admin.Pages.Catalog;

/// <summary>
/// The merge the people and tags pages offer alike: a duplicate into another entry that exists, then back to the
/// list with what happened. (Press contacts have a page of their own, with the merge audited.)
/// </summary>
internal static class CatalogMerging
{
    public static async Task<IActionResult> MergeAsync(
        this PageModel page, int id, int into, Func<int, Task<bool>> exists, Func<Task> merge, string problem, string notice)
    {
        if (id == into || !await exists(id) || !await exists(into))
        {
            page.TempData["Problem"] = problem;
            return page.RedirectToPage();
        }

        await merge();
        page.TempData["Notice"] = notice;
        return page.RedirectToPage();
    }
}
