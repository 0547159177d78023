using Microsoft.AspNetCore.Mvc.Filters;

namespace CstoPress.Web.Caching;

/// <summary>
/// Every form the press office posts may change what readers see (publish, withdraw, edit a published
/// text, rename a section, upload a photo), so after each one the kept public pages are cleared.
/// One filter on the whole admin area rather than a call in each handler, which one new handler could forget.
/// </summary>
public sealed class EvictAfterPressOfficeChanges(PublicContentChanges changes) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method)
            && executed.Exception is null
            && context.HandlerMethod?.MethodInfo.IsDefined(typeof(LeavesPublicPagesAloneAttribute), inherit: false) != true)
        {
            await changes.ChangedAsync(context.HttpContext.RequestAborted);
        }
    }
}
