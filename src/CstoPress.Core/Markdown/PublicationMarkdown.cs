using CstoPress.Core.Text;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CstoPress.Core.Markdown;

/// <summary>
/// Turns a publication body into HTML that is safe to put on a page, in a feed or in the API.
/// Markdig is given a deliberate extension list (no generic attributes, no raw HTML) and its
/// output still goes through an allow-list sanitizer: Markdig alone lets 'javascript:' link
/// targets through, and a press release must never carry a script.
/// </summary>
public sealed class PublicationMarkdown(BodyLimits limits)
{
    public PublicationMarkdown()
        : this(new BodyLimits())
    {
    }

    public BodyLimits Limits { get; } = limits;

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseListExtras()
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>
    /// The body as safe HTML. Given the language of the page, a quotation in the other language (the
    /// archive keeps the Russian dispatch under an English text as a quotation, and vice versa) is
    /// marked with its own <c>lang</c>, so screen readers pronounce it and browsers hyphenate it right.
    /// </summary>
    public string ToHtml(string? markdown, ContentLanguage? pageLanguage = null)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        if (markdown.Length > Limits.MaxLength)
        {
            return PlainParagraphs(markdown);
        }

        string html;
        try
        {
            var document = Markdig.Markdown.Parse(markdown, _pipeline);
            if (pageLanguage is { } language)
            {
                MarkQuotationLanguages(document, language);
            }

            html = document.ToHtml(_pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses absurd nesting. Such a body can only come from before the limits
            // (an old import, say): show its words rather than an error page.
            return PlainParagraphs(markdown);
        }

        return _sanitizer.Sanitize(html);
    }

    private static void MarkQuotationLanguages(MarkdownDocument document, ContentLanguage pageLanguage)
    {
        foreach (var quote in document.Descendants<QuoteBlock>())
        {
            var text = string.Join(' ', quote.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));
            var language = ParagraphLanguage.Of(text);
            if (text.Any(char.IsLetter) && language != pageLanguage && !InsideQuoteOf(quote, language))
            {
                quote.GetAttributes().AddProperty("lang", language.Code());
            }
        }
    }

    /// <summary>A quotation nested in one already marked with the same language needs no mark of its own.</summary>
    private static bool InsideQuoteOf(QuoteBlock quote, ContentLanguage language)
    {
        for (var parent = quote.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is QuoteBlock outer)
            {
                return outer.TryGetAttributes()?.Properties?.Any(p => p.Key == "lang" && p.Value == language.Code()) == true;
            }
        }

        return false;
    }

    /// <summary>The problems an editor must fix before a body can be saved; empty when there are none.</summary>
    public IReadOnlyList<string> CheckLimits(string? markdown) => Limits.Check(markdown, _pipeline);

    /// <summary>The text as escaped paragraphs, no Markdown: fast and safe whatever the input.</summary>
    private static string PlainParagraphs(string text) =>
        string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(paragraph => "<p>" + System.Net.WebUtility.HtmlEncode(paragraph) + "</p>\n"));

    /// <summary>The text without markup, for summaries, meta descriptions and word counts.</summary>
    public string ToPlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        return Markdig.Markdown.ToPlainText(markdown, _pipeline).Trim();
    }

    private static bool IsOwnAddress(string? url) =>
        url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

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
            // Pictures in a body are our own stored photos; the page's CSP would refuse any other.
            if (e.Node is AngleSharp.Html.Dom.IHtmlImageElement image && !IsOwnAddress(image.GetAttribute("src")))
            {
                image.Remove();
                return;
            }

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
