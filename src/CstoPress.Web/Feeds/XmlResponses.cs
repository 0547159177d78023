using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace CstoPress.Web.Feeds;

/// <summary>
/// Feeds and sitemaps answer conditional GETs: the ETag is a hash of the document, Last-Modified its
/// newest change. The framework's file result compares them with If-None-Match / If-Modified-Since
/// and answers 304 Not Modified, so a feed reader polling every few minutes costs a few bytes.
/// </summary>
public static class XmlResponses
{
    public static IResult Document(HttpContext context, XmlDocumentBuffer document, string mediaType, DateTimeOffset lastModified)
    {
        context.Response.RegisterForDispose(document);
        var hash = Convert.ToHexStringLower(SHA256.HashData(document.Bytes.Span).AsSpan(0, 16));
        context.Response.Headers.CacheControl = "public, max-age=300";
        var wholeSeconds = DateTimeOffset.FromUnixTimeSeconds(lastModified.ToUnixTimeSeconds());
        return TypedResults.Bytes(document.Bytes, mediaType + "; charset=utf-8", lastModified: wholeSeconds, entityTag: new EntityTagHeaderValue($"\"{hash}\""));
    }
}
