namespace CstoPress.Core.Tests.Import;

public class MarkdownOfTheArchiveText
{
    [Theory]
    [InlineData("1. Prepare the first statement.", "<p>1. Prepare the first statement.</p>")]
    [InlineData("- a dash is not a list", "<p>- a dash is not a list</p>")]
    [InlineData("Text with *stars* and [brackets]", "<p>Text with *stars* and [brackets]</p>")]
    [InlineData("# not a heading", "<p># not a heading</p>")]
    [InlineData("I. Tasmagambetov thanked the hosts.", "<p>I. Tasmagambetov thanked the hosts.</p>")]
    public void ArchiveTextRendersAsTheSameText(string line, string html)
    {
        Assert.Equal(html, new PublicationMarkdown().ToHtml(MarkdownText.Paragraph([line])).Trim());
    }
}
