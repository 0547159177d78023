using Microsoft.AspNetCore.OutputCaching;

namespace CstoPress.Web.Caching;

/// <summary>
/// A kept page expires no later than the next scheduled publication, and nothing is kept while an item is
/// due but not yet published: when an embargoed release goes out, no node serves a copy made before it.
/// </summary>
internal sealed class KeptUntilNextRelease : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        if (!context.EnableOutputCaching)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        if (await services.GetRequiredService<NextRelease>().NextAsync(cancellationToken) is not { } release)
        {
            return;
        }

        var left = release - services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            context.AllowCacheStorage = false;
        }
        else if (context.ResponseExpirationTimeSpan is not { } lifetime || left < lifetime)
        {
            context.ResponseExpirationTimeSpan = left;
        }
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
