using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using CstoPress.Core.Markdown;
using CstoPress.Core.Text;

namespace CstoPress.Web.Feeds;

/// <summary>
/// Builds Atom 1.0 and RSS 2.0 documents with System.ServiceModel.Syndication. Every text goes
/// through <see cref="CleanText"/> first (it drops every character XML 1.0 cannot carry), and bodies through <see cref="PublicationMarkdown"/>.
/// </summary>
public sealed class FeedWriter(PublicationMarkdown markdown, FeedIdentity identity)
{
    private const string ContentModuleNamespace = "http://purl.org/rss/1.0/modules/content/";

    public static string PressOffice(ContentLanguage language) =>
        language == ContentLanguage.Ru ? "Пресс-служба ОДКБ" : "CSTO Press Office";

    public XmlDocumentBuffer Publications(FeedDescription description, FeedContent content, FeedFormat format, string origin)
    {
        var feed = NewFeed(description, content.UpdatedAt, origin);
        if (format == FeedFormat.Rss)
        {
            feed.AttributeExtensions.Add(new XmlQualifiedName("content", "http://www.w3.org/2000/xmlns/"), ContentModuleNamespace);
        }

        feed.Items = content.Entries.Select(e => Entry(e, format, origin)).ToList();
        return Write(feed, format);
    }

    public XmlDocumentBuffer Corrections(FeedDescription description, CorrectionsContent content, FeedFormat format, string origin)
    {
        var feed = NewFeed(description, content.UpdatedAt, origin);
        feed.Items = content.Corrections.Select(c => Correction(c, description.Language, origin)).ToList();
        return Write(feed, format);
    }

    private SyndicationFeed NewFeed(FeedDescription description, DateTimeOffset updatedAt, string origin)
    {
        var feed = new SyndicationFeed(
            Clean(description.Title),
            Clean(description.Language == ContentLanguage.Ru
                ? "Публикации Организации Договора о коллективной безопасности"
                : "Publications of the Collective Security Treaty Organization"),
            new Uri(origin + description.PagePath),
            identity.Feed(description.Name),
            updatedAt)
        {
            Language = description.Language.Code(),
            Generator = "CstoPress",
        };
        feed.Authors.Add(new SyndicationPerson { Name = PressOffice(description.Language), Uri = origin + SiteLinks.Home(description.Language) });
        feed.Links.Add(new SyndicationLink(new Uri(origin + description.SelfPath))
        {
            RelationshipType = "self",
            MediaType = (description.SelfPath.EndsWith(".rss", StringComparison.Ordinal) ? FeedFormat.Rss : FeedFormat.Atom).MediaType(),
        });
        return feed;
    }

    private SyndicationItem Entry(PublicationEntry entry, FeedFormat format, string origin)
    {
        var link = new Uri(origin + SiteLinks.Publication(entry.Language, entry.Slug));
        var item = new SyndicationItem
        {
            Id = identity.Publication(entry.Id),
            Title = new TextSyndicationContent(Clean(entry.Title)),
            Summary = new TextSyndicationContent(Clean(entry.Lead)),
            PublishDate = entry.PublishedAt,
            LastUpdatedTime = entry.LastChangedAt,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(link, "text/html"));

        var html = Clean(BodyHtml(entry, origin));
        if (format == FeedFormat.Rss)
        {
            // RSS 2.0 has no element for the full text; content:encoded is what feed readers look for.
            item.ElementExtensions.Add("encoded", ContentModuleNamespace, html);
        }
        else
        {
            item.Content = SyndicationContent.CreateHtmlContent(html);
        }

        item.Authors.Add(Author(entry, origin));
        if (!entry.Contact.IsEmpty)
        {
            item.Contributors.Add(new SyndicationPerson(
                CleanOrNull(entry.Contact.Email),
                Clean(string.Join(", ", new[] { entry.Contact.Name, entry.Contact.Post, entry.Contact.Phone }.Where(s => !string.IsNullOrWhiteSpace(s)))),
                null));
        }

        item.Categories.Add(new SyndicationCategory(entry.SectionSlug, origin + SiteLinks.Section(entry.Language, entry.SectionSlug), Clean(entry.SectionName)));
        item.Categories.Add(new SyndicationCategory(entry.Kind.Slug(), identity.Scheme("kind"), Clean(PageText.KindName(entry.Kind, entry.Language))));
        foreach (var tag in entry.Tags)
        {
            item.Categories.Add(new SyndicationCategory(Clean(tag.Slug), origin + SiteLinks.Tag(entry.Language, tag.Slug), Clean(tag.Name)));
        }

        return item;
    }

    /// <summary>A speech is by its speaker; everything else is by the press office, reachable through its contact.</summary>
    private static SyndicationPerson Author(PublicationEntry entry, string origin)
    {
        if (entry.SpeakerName is not null)
        {
            return new SyndicationPerson(
                null,
                Clean(entry.SpeakerPost is null ? entry.SpeakerName : $"{entry.SpeakerName}, {entry.SpeakerPost}"),
                entry.SpeakerSlug is null ? null : origin + SiteLinks.Person(entry.Language, entry.SpeakerSlug));
        }

        return new SyndicationPerson(CleanOrNull(entry.Contact.Email), PressOffice(entry.Language), origin + SiteLinks.Home(entry.Language));
    }

    private string BodyHtml(PublicationEntry entry, string origin)
    {
        var html = new StringBuilder();
        foreach (var photo in entry.Photos)
        {
            var source = System.Net.WebUtility.HtmlEncode(origin + SiteLinks.Image(photo.ImageId));
            html.Append("<figure><img src=\"").Append(source).Append("\" alt=\"").Append(System.Net.WebUtility.HtmlEncode(photo.AltText))
                .Append("\"><figcaption>").Append(System.Net.WebUtility.HtmlEncode(photo.Caption)).Append("</figcaption></figure>");
        }

        html.Append(entry.BodyHtml ?? markdown.ToHtml(entry.Body, entry.Language));
        return html.ToString();
    }

    private SyndicationItem Correction(Correction correction, ContentLanguage language, string origin)
    {
        var ru = language == ContentLanguage.Ru;
        var withdrawal = correction.Kind == CorrectionKind.Withdrawal;
        var title = withdrawal
            ? (ru ? "Отозвано: " : "Withdrawn: ") + correction.Title
            : (ru ? "Обновлено: " : "Updated: ") + correction.Title;
        var item = new SyndicationItem
        {
            Id = withdrawal ? identity.Withdrawal(correction.PublicationId) : identity.ChangeNote(correction.Id),
            Title = new TextSyndicationContent(Clean(title)),
            Summary = new TextSyndicationContent(Clean(correction.Note)),
            PublishDate = correction.At,
            LastUpdatedTime = correction.At,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(origin + SiteLinks.Publication(correction.Language, correction.Slug)), "text/html"));
        item.Links.Add(new SyndicationLink(new Uri(origin + SiteLinks.Publication(correction.Language, correction.Slug)))
        {
            RelationshipType = "related",
            Title = Clean(correction.Title),
        });
        item.Categories.Add(new SyndicationCategory(withdrawal ? "withdrawal" : "correction", identity.Scheme("correction"), null));
        item.Categories.Add(new SyndicationCategory(correction.SectionSlug, origin + SiteLinks.Section(correction.Language, correction.SectionSlug), Clean(correction.SectionName)));
        item.Authors.Add(new SyndicationPerson { Name = PressOffice(language), Uri = origin + SiteLinks.Home(language) });
        return item;
    }

    internal static XmlDocumentBuffer Write(SyndicationFeed feed, FeedFormat format)
    {
        SyndicationFeedFormatter formatter = format == FeedFormat.Rss ? new Rss20FeedFormatter(feed) : new Atom10FeedFormatter(feed);
        return XmlDocumentBuffer.Write(new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = true }, formatter.WriteTo);
    }

    private static string Clean(string? text) => CleanText.Of(text);

    private static string? CleanOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : CleanText.Of(text);
}
