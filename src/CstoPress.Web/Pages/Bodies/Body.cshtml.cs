using CstoPress.Core.Markdown;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Pages.Bodies;

public class BodyModel(BodyRepository bodies, PublicationMarkdown markdown) : PublicPageModel
{
    public BodyPage Entry { get; private set; } = null!;

    public string RoleHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await bodies.BodyPageAsync(slug, Language, HttpContext.RequestAborted) is not { } page)
        {
            return NotFound();
        }

        Entry = page;
        var role = Language == ContentLanguage.Ru && page.Body.RoleRu.Length > 0 ? page.Body.RoleRu : page.Body.Role;
        RoleHtml = markdown.ToHtml(role, Language);
        CanonicalPath = SiteLinks.Body(Language, slug);
        OtherLanguageUrl = SiteLinks.Body(Language.Other(), slug);
        return Page();
    }
}
