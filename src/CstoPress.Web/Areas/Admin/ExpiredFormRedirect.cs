using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CstoPress.Web.Areas.Admin;

/// <summary>
/// A form whose antiforgery token no longer fits (the session ended, or someone else signed in in this
/// browser since the page was shown) would otherwise end on a bare 400 page, which leaves an editor
/// believing their text is gone. Instead they are led back to the page, through the sign-in page when
/// they are no longer signed in; the editor's script offers the text kept in the browser there.
/// The failure itself is logged once, for the whole site, by <see cref="AntiforgeryFailureLogging"/>.
/// </summary>
public sealed class ExpiredFormRedirect : IAlwaysRunResultFilter
{
    public const string Problem =
        "The form had expired, so nothing was saved. Your text is kept in this browser: restore it below, then save again.";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not IAntiforgeryValidationFailedResult)
        {
            return;
        }

        var http = context.HttpContext;
        var page = http.Request.PathBase + http.Request.Path;
        if (http.User.Identity?.IsAuthenticated != true)
        {
            context.Result = new RedirectResult(SessionEnded.SignInAddress(http.Request.PathBase + "/account/login", page));
            return;
        }

        var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        tempData["Problem"] = Problem;
        tempData.Save();
        context.Result = new RedirectResult(page);
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
