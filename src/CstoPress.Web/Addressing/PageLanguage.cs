using Microsoft.AspNetCore.Diagnostics;

namespace CstoPress.Web.Addressing;

public static class PageLanguage
{
    /// <summary>
    /// The language a request is in, read from its address: everything under /ru is Russian. An error
    /// page shown in place of another (404 for /ru/news/x) speaks the language of the address asked for.
    /// </summary>
    public static ContentLanguage Of(HttpContext context)
    {
        var path = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath is { Length: > 0 } original
            ? new PathString(original)
            : context.Request.Path;
        return path.StartsWithSegments("/ru", StringComparison.OrdinalIgnoreCase) ? ContentLanguage.Ru : ContentLanguage.En;
    }
}
