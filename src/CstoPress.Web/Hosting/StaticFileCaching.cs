using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace CstoPress.Web.Hosting;

/// <summary>
/// How long browsers keep the stylesheets and pictures of wwwroot. An address with the content hash
/// that <c>asp-append-version</c> adds (<c>?v=…</c>) never changes its bytes, so it is kept for a year;
/// an address without one may change with a release, so it is kept for a day.
/// </summary>
public static class StaticFileCaching
{
    public static readonly TimeSpan Versioned = TimeSpan.FromDays(365);
    public static readonly TimeSpan Unversioned = TimeSpan.FromDays(1);

    public static void Apply(StaticFileResponseContext context)
    {
        var versioned = context.Context.Request.Query.ContainsKey("v");
        context.Context.Response.Headers[HeaderNames.CacheControl] = versioned
            ? $"public, max-age={(int)Versioned.TotalSeconds}, immutable"
            : $"public, max-age={(int)Unversioned.TotalSeconds}";
    }
}
