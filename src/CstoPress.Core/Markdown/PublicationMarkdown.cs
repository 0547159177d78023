using Ganss.Xss;
using Markdig;

namespace CstoPress.Core.Markdown;

/// <summary>
/// Turns a publication body into HTML that is safe to put on a page, in a feed or in the API.
/// Markdig is given a deliberate extension list (no generic attributes, no raw HTML) and its
/// output still goes through an allow-list sanitizer: Markdig alone lets 'javascript:' link
/// targets through, and a press release must never carry a script.
/// </summary>
public sealed class PublicationMarkdown
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseListExtras()
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var html = Markdig.Markdown.ToHtml(markdown, _pipeline);
        return _sanitizer.Sanitize(html);
    }

    /// <summary>The text without markup, for summaries, meta descriptions and word counts.</summary>
    public string ToPlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        return Markdig.Markdown.ToPlainText(markdown, _pipeline).Trim();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "ins", "mark", "sub", "sup",
                "blockquote", "ul", "ol", "li", "a", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
                "dl", "dt", "dd", "img",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "src", "alt", "start", "align", "lang",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            // Links in a body lead away from the site: they must not hand it the reader's session.
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement anchor && anchor.HasAttribute("href"))
            {
                var href = anchor.GetAttribute("href") ?? "";
                if (href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                {
                    anchor.SetAttribute("rel", "noopener noreferrer nofollow");
                }
            }
        };
        return sanitizer;
    }
}
