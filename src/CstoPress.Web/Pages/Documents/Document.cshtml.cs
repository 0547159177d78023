using CstoPress.Core.Markdown;
using CstoPress.Core.Organization;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Pages.Documents;

/// <summary>
/// The stable resolver: /documents/{symbol}, where the symbol keeps its slashes and dots. A symbol typed
/// another way (lower case, spaces, an escaped slash) finds the same document and is sent on to its address.
/// </summary>
public class DocumentModel(DocumentRegisterRepository register, PublicationMarkdown markdown) : PublicPageModel
{
    public DocumentPage Entry { get; private set; } = null!;

    public DocumentVersion? Shown { get; private set; }

    public string TextHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string symbol)
    {
        // The path keeps an escaped slash (%2F) escaped; a symbol quoted that way is still the same symbol.
        var asked = Uri.UnescapeDataString(symbol);
        if (await register.BySymbolAsync(asked, Language, HttpContext.RequestAborted) is not { } page)
        {
            return NotFound();
        }

        var canonical = SiteLinks.Document(Language, page.Document.Symbol);
        if (!string.Equals(Request.Path.ToUriComponent(), canonical, StringComparison.Ordinal))
        {
            return RedirectPermanent(canonical);
        }

        Entry = page;
        Shown = page.Document.VersionIn(Language);
        TextHtml = Shown is null ? "" : markdown.ToHtml(Shown.Text, Shown.Language);
        CanonicalPath = canonical;
        OtherLanguageUrl = SiteLinks.Document(Language.Other(), page.Document.Symbol);
        return Page();
    }
}
