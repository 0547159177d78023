using System.ComponentModel.DataAnnotations;

namespace CstoPress.Web.Areas.Admin.Pages.Catalog;

public class SectionsModel(CatalogEditingRepository catalog) : PageModel
{
    public IReadOnlyList<Section> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Sections = await catalog.SectionsAsync(cancellationToken);

    /// <summary>Creates (id 0) or edits a section.</summary>
    public async Task<IActionResult> OnPostSaveAsync(SectionInput section, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            TempData["Problem"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return RedirectToPage();
        }

        if (await catalog.SectionSlugTakenAsync(section.Slug, section.Id, cancellationToken))
        {
            TempData["Problem"] = $"The address '{section.Slug}' belongs to another section.";
            return RedirectToPage();
        }

        var stored = section.Id == 0 ? null : await catalog.SectionAsync(section.Id, cancellationToken);
        if (section.Id != 0 && stored is null)
        {
            return NotFound();
        }

        if (stored is null)
        {
            stored = new Section { Slug = section.Slug, Name = section.Name, NameRu = section.NameRu };
            catalog.Add(stored);
        }

        stored.Slug = section.Slug;
        stored.Name = section.Name.Trim();
        stored.NameRu = section.NameRu.Trim();
        stored.Order = section.Order;
        await catalog.SaveAsync(cancellationToken);
        TempData["Notice"] = $"Section '{stored.Name}' saved.";
        return RedirectToPage();
    }

    public sealed class SectionInput
    {
        public int Id { get; set; }

        [Required(ErrorMessage = "A section needs an address.")]
        [RegularExpression(Areas.Admin.Pages.Publications.PublicationInput.SlugPattern, ErrorMessage = "The address may use only small Latin letters, digits and single dashes.")]
        [StringLength(80)]
        public string Slug { get; set; } = "";

        [Required(ErrorMessage = "A section needs an English name.")]
        [StringLength(200)]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "A section needs a Russian name.")]
        [StringLength(200)]
        public string NameRu { get; set; } = "";

        public int Order { get; set; }
    }
}
