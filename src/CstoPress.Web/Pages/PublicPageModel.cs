using CstoPress.Web.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace CstoPress.Web.Pages;

/// <summary>
/// What every public page knows: the language it is shown in, read from its address. Public pages are
/// served ready-made for anonymous readers (<see cref="PublicOutputCache"/>).
/// </summary>
[OutputCache(PolicyName = PublicOutputCache.PolicyName)]
public abstract class PublicPageModel : PageModel
{
    public ContentLanguage Language => PageLanguage.Of(HttpContext);

    /// <summary>The address of this page in the other language, for the language switch; the home page when unknown.</summary>
    public string? OtherLanguageUrl { get; protected set; }

    public string? CanonicalPath { get; protected set; }

    /// <summary>Interface text in the page's language, for what page models put into the page (feed titles).</summary>
    protected IStringLocalizer<SiteText> Text => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SiteText>>();
}
