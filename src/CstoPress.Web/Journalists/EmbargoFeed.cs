using System.Net;
using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using CstoPress.Core.Journalists;
using CstoPress.Core.Markdown;
using CstoPress.Core.Text;
using CstoPress.Data.Repositories.Journalists;
using CstoPress.Web.Feeds;

namespace CstoPress.Web.Journalists;

/// <summary>
/// A journalist's personal Atom feed of embargoed items, at a secret address the journalist can revoke or
/// regenerate. Only the address's SHA-256 is stored; a revoked address, a revoked or ended accreditation, and
/// a wrong address all answer 404, the same as an address that never existed.
/// </summary>
public static class EmbargoFeed
{
    public const string PathPrefix = "/journalists/feed/";

    public static IEndpointRouteBuilder MapEmbargoFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PathPrefix + "{token}", ServeAsync).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>What is stored of a feed address's secret.</summary>
    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static async Task<IResult> ServeAsync(
        string token, HttpContext context, EmbargoRepository embargoes, EmbargoAccessLog log, PublicationMarkdown markdown,
        FeedIdentity identity, PressOfficeTime pressOffice, TimeProvider time)
    {
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var now = time.GetUtcNow();
        if (await embargoes.ActiveJournalistByFeedAsync(HashOf(token), now, context.RequestAborted) is not { } journalist)
        {
            return Results.NotFound();
        }

        var items = await embargoes.EmbargoedAsync(context.RequestAborted);
        var origin = context.Request.Origin();
        var feed = new SyndicationFeed("Embargoed: CSTO Press Office", "Releases under embargo, for accredited journalists only",
            new Uri(origin + "/journalists/embargoed"), identity.Feed("embargoed"), items.Count == 0 ? now : items.Max(i => i.UpdatedAt))
        {
            Items = items.Select(item => Entry(EmbargoedCopy.For(item, journalist, pressOffice), markdown, identity, origin)).ToList(),
        };
        await log.RecordAsync(journalist, items, EmbargoChannel.Feed, context);
        var document = FeedWriter.Write(feed, FeedFormat.Atom);
        context.Response.RegisterForDispose(document);
        return Results.Bytes(document.Bytes, FeedFormat.Atom.MediaType());
    }

    private static SyndicationItem Entry(EmbargoedCopy copy, PublicationMarkdown markdown, FeedIdentity identity, string origin)
    {
        var item = copy.Item;
        var html = new StringBuilder()
            .Append("<p><strong>").Append(WebUtility.HtmlEncode(copy.EmbargoLine)).Append("</strong></p>");
        if (item.EmbargoNote is { } note)
        {
            html.Append("<p>Note from the press office: ").Append(WebUtility.HtmlEncode(note)).Append("</p>");
        }

        html.Append(markdown.ToHtml(item.Body, item.Language))
            .Append("<p><small>").Append(WebUtility.HtmlEncode(copy.Footer)).Append("</small></p>");
        var entry = new SyndicationItem
        {
            Id = identity.EmbargoedCopy(item.Id),
            Title = new TextSyndicationContent(CleanText.Of(copy.Title)),
            Summary = new TextSyndicationContent(CleanText.Of(item.Lead)),
            Content = SyndicationContent.CreateHtmlContent(CleanText.Of(html.ToString())),
            LastUpdatedTime = item.UpdatedAt,
        };
        entry.Links.Add(SyndicationLink.CreateAlternateLink(new Uri($"{origin}/journalists/embargoed/{item.Id}"), "text/html"));
        return entry;
    }
}
