using System.Runtime.ExceptionServices;
using CstoPress.Data;

namespace CstoPress.Web.Caching;

/// <summary>
/// When a reader's page fails because the database is unreachable, the request is answered once more
/// from the output cache, which now hands out the copy it kept (<see cref="OutageTolerantCacheStore"/>).
/// Without a copy, the second pass fails at once with the same error instead of waiting for the
/// database again, and the reader gets the 503 'back shortly' page.
/// </summary>
public static class OutageFallback
{
    private static readonly object SecondPass = new();

    /// <summary>Goes in front of the output cache.</summary>
    public static IApplicationBuilder UseOutageFallback(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (DatabaseFailures.IsOutage(exception) && IsRead(context) && !context.Response.HasStarted
                                          && !context.Items.ContainsKey(SecondPass))
        {
            context.RequestServices.GetRequiredService<DatabaseReachability>().MarkUnreachable();
            context.Items[SecondPass] = ExceptionDispatchInfo.Capture(exception);
            context.Response.Clear();
            try
            {
                await next(context);
            }
            finally
            {
                // The error page that follows goes through the pipeline again, and must not fail the same way.
                context.Items.Remove(SecondPass);
            }
        }
    });

    /// <summary>Goes behind the output cache: reached on the second pass only when there was no copy to serve.</summary>
    public static IApplicationBuilder UseOutageFallbackEnd(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Items.TryGetValue(SecondPass, out var failure) && failure is ExceptionDispatchInfo original)
        {
            original.Throw();
        }

        return next(context);
    });

    private static bool IsRead(HttpContext context) => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
}
