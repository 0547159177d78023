using System.Text.Json;
using CstoPress.Web.Feeds;

namespace CstoPress.Web.Seo;

/// <summary>
/// The schema.org NewsArticle description of a publication page, for search engines. It goes into a
/// &lt;script type="application/ld+json"&gt; data block, which browsers never run (so the CSP allows it);
/// System.Text.Json's default encoder writes &lt; and &gt; as \u003C and \u003E, so a title holding
/// '&lt;/script&gt;' cannot end the block early.
/// </summary>
public static class NewsArticleJsonLd
{
    public static string For(PublicationPage page, string origin)
    {
        var url = origin + SiteLinks.Publication(page.Language, page.Slug);
        var publisher = new Dictionary<string, object?>
        {
            ["@type"] = "Organization",
            ["name"] = FeedWriter.PressOffice(page.Language),
            ["url"] = origin + SiteLinks.Home(page.Language),
            ["logo"] = new Dictionary<string, object?> { ["@type"] = "ImageObject", ["url"] = origin + "/img/emblem.svg" },
        };
        object author = page.Speech?.SpeakerName is { } speaker
            ? new Dictionary<string, object?>
            {
                ["@type"] = "Person",
                ["name"] = speaker,
                ["jobTitle"] = page.Speech.SpeakerPost,
                ["url"] = page.Speech.SpeakerSlug is null ? null : origin + SiteLinks.Person(page.Language, page.Speech.SpeakerSlug),
            }
            : publisher;
        var article = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = page.Title,
            ["description"] = page.Lead,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["inLanguage"] = page.Language.Code(),
            ["datePublished"] = page.PublishedAt.UtcDateTime,
            ["dateModified"] = (page.UpdatedAt > page.PublishedAt ? page.UpdatedAt : page.PublishedAt).UtcDateTime,
            ["articleSection"] = page.SectionName,
            ["genre"] = page.Kind.Slug(),
            ["keywords"] = page.Tags.Count == 0 ? null : page.Tags.Select(t => t.Name).ToList(),
            ["image"] = page.Photos.Count == 0 ? null : page.Photos.Select(p => origin + SiteLinks.Image(p.ImageId)).ToList(),
            ["author"] = author,
            ["publisher"] = publisher,
        };
        if (page.Speech is { } speech && (speech.Occasion is not null || speech.Place is not null))
        {
            // A speech's occasion and place, the fields a SpeechObject would carry.
            article["about"] = new Dictionary<string, object?>
            {
                ["@type"] = "Event",
                ["name"] = speech.Occasion,
                ["location"] = speech.Place,
                ["startDate"] = speech.DeliveredOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        return JsonSerializer.Serialize(article.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
    }
}
