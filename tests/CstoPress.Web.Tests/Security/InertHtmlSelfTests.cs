namespace CstoPress.Web.Tests.Security;

/// <summary>The checker itself must catch what it is there to catch, or the XSS tests prove nothing.</summary>
public class InertHtmlSelfTests
{
    [Theory]
    [InlineData("<p><script>alert(1)</script></p>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\" JaVa\tScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html,x\">x</a>")]
    [InlineData("<iframe src=\"/\"></iframe>")]
    [InlineData("<div style=\"color:red\">x</div>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=/\">")]
    [InlineData("<script src=\"//example.invalid/admin/editor.js\"></script>")]
    [InlineData("<script src=\"/admin/editor.js\">alert(1)</script>")]
    public void CatchesExecutableMarkup(string html) =>
        Assert.ThrowsAny<Exception>(() => InertHtml.AssertInert(html, "sample"));

    [Theory]
    [InlineData("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")]
    [InlineData("<a href=\"https://example.org\">x</a> <a href=\"/news\">y</a>")]
    [InlineData("<script type=\"application/ld+json\">{\"a\":1}</script>")]
    [InlineData("<script src=\"/admin/editor.js?v=abc\" defer></script>")]
    public void AcceptsInertMarkup(string html) => InertHtml.AssertInert(html, "sample");
}
