using CstoPress.Core.People;
using CstoPress.Core.Text;

namespace CstoPress.Web.Areas.Admin.Pages.Catalog;

public class PeopleModel(CatalogEditingRepository catalog) : PageModel
{
    public IReadOnlyList<Person> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => People = await catalog.PeopleAsync(cancellationToken);

    /// <summary>Creates (id 0) or edits a person's names; other spellings are separated by commas.</summary>
    public async Task<IActionResult> OnPostSaveAsync(int id, string? name, string? nameRu, string? variants, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            TempData["Problem"] = "A person needs a name.";
            return RedirectToPage();
        }

        var person = id == 0 ? null : await catalog.PersonAsync(id, cancellationToken);
        if (id != 0 && person is null)
        {
            return NotFound();
        }

        var slug = Slugs.From(name);
        if (await catalog.PersonSlugTakenAsync(slug, id, cancellationToken))
        {
            TempData["Problem"] = $"Someone named '{name}' exists already; merge the two instead.";
            return RedirectToPage();
        }

        if (person is null)
        {
            person = new Person { Slug = slug, Name = name };
            catalog.Add(person);
        }

        person.Slug = slug;
        person.Name = name.Trim();
        person.NameRu = string.IsNullOrWhiteSpace(nameRu) ? null : nameRu.Trim();
        person.NameVariants = (variants ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        await catalog.SaveAsync(cancellationToken);
        TempData["Notice"] = $"{person.Name} saved.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddPostAsync(int id, string? title, string? titleRu, bool acting, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        if (await catalog.PersonAsync(id, cancellationToken) is not { } person)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(title) || from is null || (to is not null && to < from))
        {
            TempData["Problem"] = "A post needs a title and a start date (and an end date after it, if any).";
            return RedirectToPage();
        }

        person.Posts.Add(new PostHeld { Title = title.Trim(), TitleRu = string.IsNullOrWhiteSpace(titleRu) ? null : titleRu.Trim(), IsActing = acting, From = from.Value, To = to });
        await catalog.SaveAsync(cancellationToken);
        TempData["Notice"] = $"Post added to {person.Name}.";
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostMergeAsync(int id, int into, CancellationToken cancellationToken) => this.MergeAsync(id, into,
        async person => await catalog.PersonAsync(person, cancellationToken) is not null, () => catalog.MergePeopleAsync(id, into, cancellationToken),
        "Choose another person to merge into.", "The two entries were merged; the removed one's names are kept as other spellings.");
}
