using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CstoPress.Web.Accounts;

/// <summary>
/// Notes every refused antiforgery token in the security log (a forged cross-site post, or a form
/// left open past its session). Logging only: whatever answer the request gets is left as it is.
/// </summary>
public sealed class AntiforgeryFailureLogging(SecurityLog securityLog) : IAlwaysRunResultFilter, IOrderedFilter
{
    /// <summary>First of the result filters, so a filter that turns the refusal into another answer runs after it.</summary>
    public int Order => int.MinValue;

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            securityLog.Record(context.HttpContext, SecurityEvent.AntiforgeryFailed,
                detail: context.HttpContext.Request.Method + " " + context.HttpContext.Request.Path);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
