namespace CstoPress.Web.Addressing;

/// <summary>Absolute addresses, for what is read away from the site: feeds, sitemaps, the API, social cards.</summary>
public static class PublicAddress
{
    public static string Origin(this HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string Absolute(this HttpRequest request, string path) => request.Origin() + path;
}
