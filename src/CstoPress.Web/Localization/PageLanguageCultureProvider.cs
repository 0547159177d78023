using Microsoft.AspNetCore.Localization;

namespace CstoPress.Web.Localization;

/// <summary>
/// The address alone decides the language of a page (everything under /ru is Russian): no cookie,
/// query string or Accept-Language, so a link always shows what its sender saw.
/// </summary>
public sealed class PageLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = SiteCultures.For(PageLanguage.Of(httpContext)).Name;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture));
    }
}
