using CstoPress.Data;
using CstoPress.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CstoPress.Web.Areas.Admin;

/// <summary>
/// A form the press office sends while the database cannot be reached is not lost to the 503 page.
/// The form page itself cannot be shown again (its choices come from the database), so the editor gets
/// a page that needs none: the message that nothing was saved, everything they sent, and a button that
/// sends it again, unchanged and with the same antiforgery token, once the database is back.
/// </summary>
public sealed class UnsavedDuringOutage : IAsyncPageFilter
{
    public const string ViewPath = "/Areas/Admin/Pages/Shared/_UnsavedDuringOutage.cshtml";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var request = context.HttpContext.Request;
        if (executed.Exception is not { } failure || executed.ExceptionHandled || !DatabaseFailures.IsOutage(failure)
            || !HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        services.GetRequiredService<DatabaseReachability>().MarkUnreachable();
        services.GetRequiredService<ILogger<UnsavedDuringOutage>>().LogWarning(
            failure, "The database could not be reached; the form sent to {Path} was shown back unsaved", request.Path.Value);

        var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
        var sent = new UnsavedForm(
            request.PathBase + request.Path + request.QueryString,
            [.. form.SelectMany(field => field.Value.Select(value => new SentField(field.Key, value ?? "")))],
            form.Files.Count > 0);
        executed.ExceptionHandled = true;
        executed.Result = new ViewResult
        {
            ViewName = ViewPath,
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ViewData = new ViewDataDictionary<UnsavedForm>(services.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary())
            {
                Model = sent,
            },
        };
        context.HttpContext.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>What an editor sent, to be sent again: the address (with its handler) and every field as it came.</summary>
public sealed record UnsavedForm(string Action, IReadOnlyList<SentField> Fields, bool HadFiles);

public sealed record SentField(string Name, string Value)
{
    /// <summary>
    /// The editor's own words, worth showing: text with spaces or of some length. Ids, versions, tokens,
    /// choices from lists and check boxes only travel along in the form.
    /// </summary>
    public bool IsText => !Name.StartsWith("__", StringComparison.Ordinal)
                          && !Name.EndsWith("Id", StringComparison.Ordinal) && !Name.EndsWith("Version", StringComparison.Ordinal)
                          && Value.Any(char.IsLetter) && (Value.Any(char.IsWhiteSpace) || Value.Length > 20);
}
