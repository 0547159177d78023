using CstoPress.Core.People;
using CstoPress.Data.Repositories.Editorial;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CstoPress.Web.Areas.Admin.Pages.Catalog;

/// <summary>The press contacts signed under releases. Published items keep their own copy of the details.</summary>
public class ContactsModel(CatalogEditingRepository catalog) : PageModel
{
    public IReadOnlyList<PressContact> Contacts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Contacts = await catalog.PressContactsAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(int id, string? name, string? post, string? phone, string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            TempData["Problem"] = "A press contact needs a name.";
            return RedirectToPage();
        }

        var contact = id == 0 ? null : await catalog.PressContactAsync(id, cancellationToken);
        if (id != 0 && contact is null)
        {
            return NotFound();
        }

        if (contact is null)
        {
            contact = new PressContact { Name = name };
            catalog.Add(contact);
        }

        contact.Name = name.Trim();
        contact.Post = Blank(post);
        contact.Phone = Blank(phone);
        contact.Email = Blank(email);
        await catalog.SaveAsync(cancellationToken);
        TempData["Notice"] = $"{contact.Name} saved.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, int into, CancellationToken cancellationToken)
    {
        if (id == into || await catalog.PressContactAsync(id, cancellationToken) is null || await catalog.PressContactAsync(into, cancellationToken) is null)
        {
            TempData["Problem"] = "Choose another contact to merge into.";
            return RedirectToPage();
        }

        await catalog.MergePressContactsAsync(id, into, cancellationToken);
        TempData["Notice"] = "The contacts were merged.";
        return RedirectToPage();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
