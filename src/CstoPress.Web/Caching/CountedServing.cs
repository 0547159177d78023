using CstoPress.Web.Metrics;
using Microsoft.AspNetCore.OutputCaching;

namespace CstoPress.Web.Caching;

/// <summary>
/// Counts what the output cache did for a request it could serve (<see cref="PortalMetrics.PublicPageServed"/>):
/// served a kept page, or had it made. Requests it never looks at (the signed-in, a POST) count as neither.
/// </summary>
internal sealed class CountedServing : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        Count(context, fromCache: true);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        Count(context, fromCache: false);
        return ValueTask.CompletedTask;
    }

    private static void Count(OutputCacheContext context, bool fromCache)
    {
        if (context.EnableOutputCaching)
        {
            context.HttpContext.RequestServices.GetRequiredService<PortalMetrics>().PublicPageServed(fromCache);
        }
    }
}
