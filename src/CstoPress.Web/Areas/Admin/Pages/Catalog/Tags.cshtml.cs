using CstoPress.Core.Text;

namespace CstoPress.Web.Areas.Admin.Pages.Catalog;

public class TagsModel(CatalogEditingRepository catalog) : PageModel
{
    public IReadOnlyList<TagUse> Tags { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tags = await catalog.TagsAsync(cancellationToken);

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name, CancellationToken cancellationToken)
    {
        var slug = Slugs.From(name);
        if (await catalog.TagAsync(id, cancellationToken) is not { } tag || slug.Length == 0)
        {
            TempData["Problem"] = "Give the tag a name.";
        }
        else if (await catalog.TagSlugTakenAsync(slug, id, cancellationToken))
        {
            TempData["Problem"] = $"A tag named '{name}' exists already; merge the two instead.";
        }
        else
        {
            tag.Name = name!.Trim();
            tag.Slug = slug;
            await catalog.SaveAsync(cancellationToken);
            TempData["Notice"] = "The tag was renamed.";
        }

        return RedirectToPage();
    }

    public Task<IActionResult> OnPostMergeAsync(int id, int into, CancellationToken cancellationToken) => this.MergeAsync(id, into,
        async tag => await catalog.TagAsync(tag, cancellationToken) is not null, () => catalog.MergeTagsAsync(id, into, cancellationToken),
        "Choose another tag to merge into.", "The tags were merged.");
}
