using CstoPress.Data.Nodes;
using Microsoft.AspNetCore.OutputCaching;

namespace CstoPress.Web.Caching;

/// <summary>
/// What may be served ready-made to anonymous readers is what may be read from the replica: the same
/// request, decided by the same rule (a GET or HEAD of public content, nobody signed in). Everything else,
/// the press office's work and what an editor reads right after it included, reads the primary.
/// Runs before the database is first touched in the request, so it decides the request's whole context.
/// </summary>
internal sealed class ReadsFromReplica : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        if (context.EnableOutputCaching)
        {
            context.HttpContext.RequestServices.GetRequiredService<ReadRoute>().ReadFromReplica();
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
