using System.Text;
using System.Xml;
using CstoPress.Core.Text;
using CstoPress.Data.Repositories.Organization;
using CstoPress.Web.Feeds;

namespace CstoPress.Web.Seo;

/// <summary>
/// /sitemap.xml (one file, or an index of files once the site has more addresses than a file may hold),
/// the Google News sitemap of the last two days, and /robots.txt pointing at both.
/// </summary>
public static class SitemapEndpoints
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";
    private static readonly TimeSpan NewsWindow = TimeSpan.FromDays(2);

    public static IEndpointRouteBuilder MapSitemapEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("").ExcludeFromDescription().CacheOutput(PublicOutputCache.PolicyName);
        group.MapMethods("/robots.txt", FeedEndpoints.GetOrHead, (HttpContext context) => TypedResults.Text(
            string.Join('\n',
                "User-agent: *",
                "Disallow: /admin",
                "Disallow: /api/",
                "",
                $"Sitemap: {context.Request.Absolute("/sitemap.xml")}",
                $"Sitemap: {context.Request.Absolute("/sitemaps/news.xml")}",
                ""),
            "text/plain; charset=utf-8"));

        group.MapMethods("/sitemap.xml", FeedEndpoints.GetOrHead, SitemapOrIndexAsync);

        // pages.xml is the first file of the landing pages (the address the index gave while they fitted in one).
        group.MapMethods("/sitemaps/pages.xml", FeedEndpoints.GetOrHead, (HttpContext context, SitemapRepository sitemaps, RegisterSitemapRepository register, SitemapSettings settings) =>
            LandingPagesFileAsync(1, context, sitemaps, register, settings));
        group.MapMethods("/sitemaps/pages-{part:int}.xml", FeedEndpoints.GetOrHead, (int part, HttpContext context, SitemapRepository sitemaps, RegisterSitemapRepository register, SitemapSettings settings) =>
            LandingPagesFileAsync(part, context, sitemaps, register, settings));

        group.MapMethods("/sitemaps/publications-{part:int}.xml", FeedEndpoints.GetOrHead, async (int part, HttpContext context, SitemapRepository sitemaps, SitemapSettings settings) =>
        {
            if (part < 1 || part > int.MaxValue / settings.UrlsPerFile)
            {
                return Results.NotFound();
            }

            var publications = await sitemaps.PublicationsAsync((part - 1) * settings.UrlsPerFile, settings.UrlsPerFile, context.RequestAborted);
            return publications.Count == 0
                ? Results.NotFound()
                : UrlSet(context, publications.Select(p => PublicationUrl(context.Request, p)).ToList());
        });

        group.MapMethods("/sitemaps/news.xml", FeedEndpoints.GetOrHead, NewsSitemapAsync);
        return endpoints;
    }

    /// <summary>One sitemap while everything fits in a file; past that, an index of the landing pages' file and the publications' files.</summary>
    private static async Task<IResult> SitemapOrIndexAsync(HttpContext context, SitemapRepository sitemaps, RegisterSitemapRepository register, SitemapSettings settings)
    {
        var cancellationToken = context.RequestAborted;
        var pages = await LandingPagesAsync(context.Request, sitemaps, register, cancellationToken);
        var publicationCount = await sitemaps.PublicationCountAsync(cancellationToken);
        if (pages.Count + publicationCount <= settings.UrlsPerFile)
        {
            var publications = await sitemaps.PublicationsAsync(0, publicationCount, cancellationToken);
            var all = pages.Concat(publications.Select(p => PublicationUrl(context.Request, p))).ToList();
            return UrlSet(context, all);
        }

        var pageFiles = pages.Chunk(settings.UrlsPerFile).ToList();
        List<SitemapUrl> parts = pageFiles.Count == 1
            ? [new SitemapUrl(context.Request.Absolute("/sitemaps/pages.xml"), Latest(pages))]
            : pageFiles.Select((file, i) => new SitemapUrl(context.Request.Absolute($"/sitemaps/pages-{i + 1}.xml"), Latest(file))).ToList();
        var files = (publicationCount + settings.UrlsPerFile - 1) / settings.UrlsPerFile;
        for (var part = 1; part <= files; part++)
        {
            parts.Add(new SitemapUrl(context.Request.Absolute($"/sitemaps/publications-{part}.xml"), null));
        }

        return Index(context, parts);
    }

    /// <summary>One file of the landing pages, split like the publications once there are more than a file may hold.</summary>
    private static async Task<IResult> LandingPagesFileAsync(int part, HttpContext context, SitemapRepository sitemaps, RegisterSitemapRepository register, SitemapSettings settings)
    {
        var pages = await LandingPagesAsync(context.Request, sitemaps, register, context.RequestAborted);
        var file = pages.Chunk(settings.UrlsPerFile).ElementAtOrDefault(part - 1);
        return file is null ? Results.NotFound() : UrlSet(context, file);
    }

    private static async Task<IResult> NewsSitemapAsync(HttpContext context, SitemapRepository sitemaps)
    {
        var recent = await sitemaps.RecentAsync(NewsWindow, context.RequestAborted);
        var document = Write(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            writer.WriteAttributeString("xmlns", "news", null, NewsNamespace);
            foreach (var item in recent)
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, context.Request.Absolute(SiteLinks.Publication(item.Language, item.Slug)));
                writer.WriteStartElement("news", NewsNamespace);
                writer.WriteStartElement("publication", NewsNamespace);
                writer.WriteElementString("name", NewsNamespace, FeedWriter.PressOffice(item.Language));
                writer.WriteElementString("language", NewsNamespace, item.Language.Code());
                writer.WriteEndElement();
                writer.WriteElementString("publication_date", NewsNamespace, W3CTime(item.PublishedAt));
                writer.WriteElementString("title", NewsNamespace, CleanText.Of(item.Title));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
        return XmlResponses.Document(context, document, "application/xml", recent.Count == 0 ? DateTimeOffset.UnixEpoch : recent.Max(r => r.LastChangedAt));
    }

    /// <summary>The landing pages, and the register's pages with them (bodies, meetings, documents): they are split into files alike.</summary>
    private static async Task<List<SitemapUrl>> LandingPagesAsync(HttpRequest request, SitemapRepository sitemaps, RegisterSitemapRepository register, CancellationToken cancellationToken)
    {
        var sections = await sitemaps.SectionsAsync(cancellationToken);
        var tags = await sitemaps.TagSlugsAsync(cancellationToken);
        var people = await sitemaps.PersonSlugsAsync(cancellationToken);
        var urls = new List<SitemapUrl>();
        foreach (var language in new[] { ContentLanguage.En, ContentLanguage.Ru })
        {
            var latest = sections.Select(s => language == ContentLanguage.Ru ? s.LatestRu : s.LatestEn).Max();
            urls.Add(new SitemapUrl(request.Absolute(SiteLinks.Home(language)), latest));
            urls.Add(new SitemapUrl(request.Absolute(SiteLinks.AllNews(language)), latest));
            urls.AddRange(sections.Select(s => new SitemapUrl(
                request.Absolute(SiteLinks.Section(language, s.Slug)), language == ContentLanguage.Ru ? s.LatestRu : s.LatestEn)));
            urls.AddRange(tags.Select(t => new SitemapUrl(request.Absolute(SiteLinks.Tag(language, t)), null)));
            urls.AddRange(people.Select(p => new SitemapUrl(request.Absolute(SiteLinks.Person(language, p)), null)));
        }

        await AddRegisterAsync(urls, request, register, cancellationToken);
        return urls;
    }

    private static async Task AddRegisterAsync(List<SitemapUrl> urls, HttpRequest request, RegisterSitemapRepository register, CancellationToken cancellationToken)
    {
        var bodies = await register.BodySlugsAsync(cancellationToken);
        var meetings = await register.MeetingsAsync(cancellationToken);
        var documents = await register.DocumentsAsync(cancellationToken);
        DateTimeOffset? latestMeeting = meetings.Count == 0 ? null : meetings.Max(m => m.UpdatedAt);
        DateTimeOffset? latestDocument = documents.Count == 0 ? null : documents.Max(d => d.UpdatedAt);
        foreach (var language in new[] { ContentLanguage.En, ContentLanguage.Ru })
        {
            urls.Add(new SitemapUrl(request.Absolute(SiteLinks.Bodies(language)), null));
            urls.AddRange(bodies.Select(b => new SitemapUrl(request.Absolute(SiteLinks.Body(language, b)), null)));
            urls.Add(new SitemapUrl(request.Absolute(SiteLinks.Meetings(language)), latestMeeting));
            urls.AddRange(meetings.Select(m => new SitemapUrl(request.Absolute(SiteLinks.Meeting(language, m.BodySlug, m.Number)), m.UpdatedAt)));
            urls.Add(new SitemapUrl(request.Absolute(SiteLinks.Documents(language)), latestDocument));
            urls.AddRange(documents.Select(d => new SitemapUrl(request.Absolute(SiteLinks.Document(language, d.Symbol)), d.UpdatedAt)));
        }
    }

    private static SitemapUrl PublicationUrl(HttpRequest request, SitemapPublication publication) =>
        new(request.Absolute(SiteLinks.Publication(publication.Language, publication.Slug)), publication.LastChangedAt);

    private static IResult UrlSet(HttpContext context, IReadOnlyList<SitemapUrl> urls) =>
        XmlResponses.Document(context, Write(writer => WriteList(writer, "urlset", "url", urls)), "application/xml", Latest(urls) ?? DateTimeOffset.UnixEpoch);

    private static IResult Index(HttpContext context, IReadOnlyList<SitemapUrl> files) =>
        XmlResponses.Document(context, Write(writer => WriteList(writer, "sitemapindex", "sitemap", files)), "application/xml", Latest(files) ?? DateTimeOffset.UnixEpoch);

    private static void WriteList(XmlWriter writer, string root, string element, IReadOnlyList<SitemapUrl> urls)
    {
        writer.WriteStartElement(root, SitemapNamespace);
        foreach (var url in urls)
        {
            writer.WriteStartElement(element, SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, url.Location);
            if (url.LastModified is { } lastModified)
            {
                writer.WriteElementString("lastmod", SitemapNamespace, W3CTime(lastModified));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static XmlDocumentBuffer Write(Action<XmlWriter> write) =>
        XmlDocumentBuffer.Write(new XmlWriterSettings { Encoding = new UTF8Encoding(false) }, writer =>
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        });

    private static DateTimeOffset? Latest(IEnumerable<SitemapUrl> urls) => urls.Max(u => u.LastModified);

    private static string W3CTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private sealed record SitemapUrl(string Location, DateTimeOffset? LastModified);
}
