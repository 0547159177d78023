namespace CstoPress.Core.Tests.Markdown;

public class KeepingBodiesWithinLimits
{
    private readonly PublicationMarkdown _markdown = new(new BodyLimits { MaxLength = 50_000, MaxNestingDepth = 12 });

    [Fact]
    public void AnOrdinaryBodyHasNoProblems()
    {
        Assert.Empty(_markdown.CheckLimits("A paragraph.\n\n> A quote with **bold**.\n\n- one\n- two"));
    }

    [Fact]
    public void ATooLongBodyIsRefusedWithItsLengthAndTheLimit()
    {
        var problem = Assert.Single(_markdown.CheckLimits(new string('a', 50_001)));

        Assert.Contains("50,001", problem);
        Assert.Contains("50,000", problem);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("- ")]
    public void DeeplyNestedQuotesOrListsAreRefused(string marker)
    {
        var body = string.Concat(Enumerable.Repeat(marker, 40)) + "text";

        var problem = Assert.Single(_markdown.CheckLimits(body));

        Assert.Contains("12 levels", problem);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(500_000)]
    public void AnAbsurdNestingStillRendersItsWordsInsteadOfFailing(int depth)
    {
        var body = new string('>', depth) + " words <script>alert(1)</script>";

        var html = _markdown.ToHtml(body);

        Assert.Contains("words", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void AnOversizedLegacyBodyIsShownAsEscapedParagraphs()
    {
        var body = string.Concat(Enumerable.Repeat("Paragraph <b>x</b> text.\n\n", 10_000));

        var html = _markdown.ToHtml(body);

        Assert.StartsWith("<p>Paragraph &lt;b&gt;x&lt;/b&gt; text.</p>", html);
        Assert.DoesNotContain("<b>", html);
    }
}
