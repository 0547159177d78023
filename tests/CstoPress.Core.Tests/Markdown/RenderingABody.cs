namespace CstoPress.Core.Tests.Markdown;

public class RenderingABody
{
    private readonly PublicationMarkdown _markdown = new();

    [Fact]
    public void RendersParagraphsEmphasisQuotesAndLists()
    {
        var html = _markdown.ToHtml("First **bold** and *italic*.\n\n> Quoted.\n\n- one\n- two");

        Assert.Contains("<p>First <strong>bold</strong> and <em>italic</em>.</p>", html);
        Assert.Contains("<blockquote>", html);
        Assert.Contains("<li>one</li>", html);
    }

    [Fact]
    public void KeepsSafeLinksAndMarksExternalOnesNoopener()
    {
        var html = _markdown.ToHtml("[UN](https://www.un.org) and [contact](mailto:press@example.org) and [section](/sections/news)");

        Assert.Contains("href=\"https://www.un.org\"", html);
        Assert.Contains("rel=\"noopener noreferrer nofollow\"", html);
        Assert.Contains("href=\"mailto:press@example.org\"", html);
        Assert.Contains("href=\"/sections/news\"", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x](https://example.org){onclick=alert(1)}")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"#\" style=\"position:fixed\">x</a>")]
    public void NeverEmitsAScriptOrAnEventHandler(string body)
    {
        // Parsed as a browser would: escaped text that merely reads like code is harmless.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(_markdown.ToHtml(body));

        Assert.Empty(document.QuerySelectorAll("script, style, iframe, object, embed"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name}");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src")
                {
                    Assert.Matches("^(https?:|mailto:|/|#|[^:]*$)", attribute.Value.Trim().ToLowerInvariant());
                }
            }
        }
    }

    [Fact]
    public void EmptyBodyRendersNothing()
    {
        Assert.Equal("", _markdown.ToHtml(null));
        Assert.Equal("", _markdown.ToHtml("   "));
    }

    [Fact]
    public void PlainTextDropsTheMarkup()
    {
        Assert.Equal("First bold.", _markdown.ToPlainText("First **bold**."));
    }

    [Theory]
    [InlineData("![photo](/media/0b7d2c1e5f0a4e8b9c3d6f1a2b4c5d6e)", true)]
    [InlineData("![tracker](https://example.org/pixel.png)", false)]
    [InlineData("![tracker](//example.org/pixel.png)", false)]
    public void KeepsOnlyPicturesTheSiteServesItself(string body, bool kept) =>
        Assert.Equal(kept, _markdown.ToHtml(body).Contains("<img", StringComparison.Ordinal));
}
