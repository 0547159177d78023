using System.ServiceModel.Syndication;
using System.Xml;
using CstoPress.Core.Markdown;
using CstoPress.Core.Organization;
using CstoPress.Core.Text;
using CstoPress.Data.Repositories.Organization;
using CstoPress.Web.Feeds;
using CstoPress.Web.Localization;
using Microsoft.Extensions.Localization;

namespace CstoPress.Web.Organization;

/// <summary>
/// The register's Atom and RSS feeds, written by System.ServiceModel.Syndication like the publication feeds. An entry
/// is a document, its id built on the document's database id (a corrected symbol must not make it new); a recorded
/// step (an adoption, a ratification) updates it. Each entry carries the version in the feed's language, else the original.
/// </summary>
public sealed class DocumentFeedWriter(PublicationMarkdown markdown, FeedIdentity identity, IStringLocalizer<SiteText> text)
{
    private const string ContentModuleNamespace = "http://purl.org/rss/1.0/modules/content/";

    public XmlDocumentBuffer Write(IReadOnlyList<DocumentEntry> entries, ContentLanguage language, FeedFormat format, string origin)
    {
        var updated = entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Document.UpdatedAt);
        var feed = new SyndicationFeed(
            CleanText.Of($"{FeedWriter.PressOffice(language)} — {text["DocumentRegister"].Value}"),
            CleanText.Of(text["DocumentFeedDescription"].Value),
            new Uri(origin + SiteLinks.Documents(language)),
            identity.Feed($"{language.Code()}/documents"),
            updated)
        {
            Language = language.Code(),
            Generator = "CstoPress",
        };
        feed.Authors.Add(new SyndicationPerson { Name = FeedWriter.PressOffice(language), Uri = origin + SiteLinks.Home(language) });
        feed.Links.Add(new SyndicationLink(new Uri(origin + FeedLinks.Documents(language, format))) { RelationshipType = "self", MediaType = format.MediaType() });
        if (format == FeedFormat.Rss)
        {
            feed.AttributeExtensions.Add(new XmlQualifiedName("content", "http://www.w3.org/2000/xmlns/"), ContentModuleNamespace);
        }

        feed.Items = [.. entries.Select(e => Entry(e, language, format, origin))];
        return FeedWriter.Write(feed, format);
    }

    private SyndicationItem Entry(DocumentEntry entry, ContentLanguage language, FeedFormat format, string origin)
    {
        var document = entry.Document;
        var version = document.VersionIn(language);
        var bodyName = document.Body?.NameIn(language) ?? document.AdoptingBodyName;
        var summary = string.Join(" · ", new[] { text[$"DocumentType.{document.Type}"].Value, bodyName, text[$"DocumentStage.{document.Stage}"].Value }
            .Where(part => !string.IsNullOrWhiteSpace(part)));
        var item = new SyndicationItem
        {
            Id = identity.Document(document.Id),
            Title = new TextSyndicationContent(CleanText.Of($"{document.Symbol} — {version?.Title ?? document.Symbol}")),
            Summary = new TextSyndicationContent(CleanText.Of(summary)),
            PublishDate = document.CreatedAt,
            LastUpdatedTime = document.UpdatedAt,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(origin + SiteLinks.Document(language, document.Symbol)), "text/html"));
        var html = CleanText.Of(version is null ? "" : markdown.ToHtml(version.Text, version.Language));
        if (format == FeedFormat.Rss)
        {
            item.ElementExtensions.Add("encoded", ContentModuleNamespace, html);
        }
        else
        {
            item.Content = SyndicationContent.CreateHtmlContent(html);
        }

        item.Authors.Add(new SyndicationPerson { Name = FeedWriter.PressOffice(language), Uri = origin + SiteLinks.Home(language) });
        item.Categories.Add(new SyndicationCategory(document.Type.ToString().ToLowerInvariant(), identity.Scheme("document-type"), CleanText.Of(text[$"DocumentType.{document.Type}"].Value)));
        if (document.Body is { } body)
        {
            item.Categories.Add(new SyndicationCategory(body.Slug, origin + SiteLinks.Body(language, body.Slug), CleanText.Of(body.NameIn(language))));
        }

        return item;
    }
}
