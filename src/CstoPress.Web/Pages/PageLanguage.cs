using CstoPress.Core.Publications;

namespace CstoPress.Web.Pages;

public static class PageLanguage
{
    /// <summary>The language a request is in, read from its address: everything under /ru is Russian.</summary>
    public static ContentLanguage Of(HttpContext context)
    {
        var path = context.Request.Path;
        return path.StartsWithSegments("/ru", StringComparison.OrdinalIgnoreCase) ? ContentLanguage.Ru : ContentLanguage.En;
    }
}
