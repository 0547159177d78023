namespace CstoPress.Web.Tests.Infrastructure;

public static class HttpClientExtensions
{
    /// <summary>A page's HTML with entities decoded (the encoder writes '+' as &amp;#x2B;), for asserting on text.</summary>
    public static async Task<string> GetTextAsync(this HttpClient client, string url) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(url));
}
