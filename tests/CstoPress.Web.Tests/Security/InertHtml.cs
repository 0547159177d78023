using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CstoPress.Web.Tests.Security;

/// <summary>
/// Checks HTML the way a browser would read it: nothing in it may run a script. Escaped text that
/// merely looks like code is fine; an element or attribute that executes is not.
/// </summary>
public static class InertHtml
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "background", "poster", "xlink:href", "srcdoc"];
    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>
    /// The script files the portal itself ships (the admin editor's): a page may load them, and a payload
    /// that loads one of them again gains nothing. Any other script, inline or from anywhere else, fails.
    /// </summary>
    private static readonly string[] OwnScripts = ["/admin/editor.js", "/admin/drafts.js"];

    public static void AssertInert(string html, string where)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var script in document.QuerySelectorAll("script"))
        {
            Assert.True(script.GetAttribute("type") == "application/ld+json" || IsOwnScriptFile(script),
                $"{where}: executable <script> element: {script.OuterHtml}");
        }

        Assert.True(document.QuerySelectorAll("iframe, object, embed, base, frame, frameset, applet, style").Length == 0,
            $"{where}: an embedding or style element slipped through");
        foreach (var meta in document.QuerySelectorAll("meta[http-equiv]"))
        {
            Assert.Fail($"{where}: <meta http-equiv> in the page: {meta.OuterHtml}");
        }

        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: event handler {attribute.Name} on <{element.LocalName}>");
                Assert.False(attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase), $"{where}: style attribute on <{element.LocalName}>");
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                {
                    var url = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                    Assert.False(DangerousSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase)),
                        $"{where}: dangerous URL in {attribute.Name} on <{element.LocalName}>: {attribute.Value}");
                }
            }
        }
    }

    private static bool IsOwnScriptFile(IElement script) =>
        script.TextContent.Length == 0
        && script.GetAttribute("src") is { } src
        && OwnScripts.Contains(src.Split('?')[0], StringComparer.Ordinal);

    public static IEnumerable<IElement> Links(string html) => new HtmlParser().ParseDocument(html).QuerySelectorAll("a[href]");
}
