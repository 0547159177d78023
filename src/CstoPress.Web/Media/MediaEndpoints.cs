using Microsoft.Net.Http.Headers;

namespace CstoPress.Web.Media;

public static class MediaEndpoints
{
    /// <summary>
    /// Serves the stored photos of publications the public may reach. Images never change once stored,
    /// so their id is their ETag and they may be cached for a year.
    /// </summary>
    public static IEndpointRouteBuilder MapMediaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{id:guid}", async (Guid id, HttpContext context, PublicPhotoFileRepository photos, CancellationToken cancellationToken) =>
        {
            var etag = new EntityTagHeaderValue($"\"{id:N}\"");
            var image = await photos.PublicPhotoAsync(id, cancellationToken);
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
