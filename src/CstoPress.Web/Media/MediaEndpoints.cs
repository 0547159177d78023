using CstoPress.Core.Publications;
using CstoPress.Data;
using CstoPress.Web.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace CstoPress.Web.Media;

public static class MediaEndpoints
{
    /// <summary>
    /// Serves stored photos. An image is public only through a publication the public may reach,
    /// so a draft's photo cannot be fetched by guessing its id. Images never change once stored,
    /// so their id is their ETag and they may be cached for a year.
    /// </summary>
    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{id:guid}", async (Guid id, HttpContext context, CstoPressDbContext db, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var etag = new EntityTagHeaderValue($"\"{id:N}\"");
            var image = await db.Photos.AsNoTracking()
                .Where(ph => ph.ImageId == id || ph.ThumbnailId == id)
                .Join(db.Publications.Where(PublicVisibility.Reachable(time.GetUtcNow())), ph => ph.PublicationId, p => p.Id, (ph, p) => ph.ImageId == id ? ph.Image! : ph.Thumbnail!)
                .Select(i => new { i.ContentType, i.Bytes })
                .FirstOrDefaultAsync(cancellationToken);
            if (image is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(image.Bytes, image.ContentType, entityTag: etag);
        }).CacheOutput(PublicOutputCache.PolicyName);
        return endpoints;
    }
}
