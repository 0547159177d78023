using CstoPress.Core.Publications;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CstoPress.Web.Pages;

/// <summary>What every public page knows: the language it is shown in, read from its address.</summary>
public abstract class PublicPageModel : PageModel
{
    public ContentLanguage Language => PageLanguage.Of(HttpContext);

    /// <summary>The address of this page in the other language, for the language switch; the home page when unknown.</summary>
    public string? OtherLanguageUrl { get; protected set; }

    public string? CanonicalPath { get; protected set; }
}
