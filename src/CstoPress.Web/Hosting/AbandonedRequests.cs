using Microsoft.AspNetCore.Diagnostics;

namespace CstoPress.Web.Hosting;

/// <summary>
/// A reader who closes the page before it comes (or a load test at the end of its run) cancels the request, and
/// the database call under way throws <see cref="OperationCanceledException"/>. Nobody is waiting for an answer and
/// nothing failed on the server, so it is not a 500 with a stack trace in the log: the request ends quietly and is
/// logged as 499, the code nginx uses for a client that closed its request.
/// </summary>
public static class AbandonedRequests
{
    public const int ClientClosedRequest = 499;

    /// <summary>
    /// Goes inside the request log and again behind the output cache (the last before the endpoints): there, the cancelled request that was making a
    /// page for several readers at once leaves no failure behind, and the readers still waiting make it themselves.
    /// </summary>
    public static IApplicationBuilder UseAbandonedRequests(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = ClientClosedRequest;
                if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
                {
                    statusPages.Enabled = false;
                }
            }
        }
    });
}
