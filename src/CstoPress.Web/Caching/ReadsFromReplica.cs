using CstoPress.Data.Nodes;
using Microsoft.AspNetCore.OutputCaching;

namespace CstoPress.Web.Caching;

/// <summary>
/// What may be served ready-made to anonymous readers is what may be read from the replica: a GET or HEAD
/// of public content (an endpoint under the <see cref="PublicOutputCache.PolicyName"/> policy), nobody signed
/// in. Everything else, the press office's work and what an editor reads right after it included, reads the
/// primary. Goes after authentication and before the endpoint first touches the database.
/// </summary>
public static class ReadsFromReplica
{
    public static IApplicationBuilder UseReplicaForPublicReads(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && context.User.Identity?.IsAuthenticated != true && context.Request.Headers.Authorization.Count == 0
            && IsPublicContent(context.GetEndpoint()))
        {
            context.RequestServices.GetRequiredService<ReadRoute>().ReadFromReplica();
        }

        return next(context);
    });

    /// <summary>
    /// Pages carry the policy by name in their attribute; endpoints mapped with CacheOutput carry the policy
    /// object itself, and every one of them in the portal names the public policy.
    /// </summary>
    private static bool IsPublicContent(Endpoint? endpoint) =>
        endpoint is not null
        && (endpoint.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: PublicOutputCache.PolicyName }
            || endpoint.Metadata.GetMetadata<IOutputCachePolicy>() is not null);
}
