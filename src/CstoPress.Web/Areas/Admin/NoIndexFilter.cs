using Microsoft.AspNetCore.Mvc.Filters;

namespace CstoPress.Web.Areas.Admin;

/// <summary>Tells search engines never to index a page (the admin area, preview links).</summary>
public sealed class NoIndexFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        context.HttpContext.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return next();
    }
}
