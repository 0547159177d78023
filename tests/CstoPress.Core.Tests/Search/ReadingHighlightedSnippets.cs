using CstoPress.Core.Search;

namespace CstoPress.Core.Tests.Search;

public class ReadingHighlightedSnippets
{
    private const char S = Highlighting.Start;
    private const char E = Highlighting.Stop;

    [Fact]
    public void SplitsMatchesFromTheRest()
    {
        var parts = Highlighting.Parts($"The {S}treaty{E} was signed in {S}Minsk{E}.");

        Assert.Equal(
            [
                new SnippetPart("The ", false), new SnippetPart("treaty", true), new SnippetPart(" was signed in ", false),
                new SnippetPart("Minsk", true), new SnippetPart(".", false),
            ],
            parts);
    }

    [Fact]
    public void KeepsMarkupAsTextForThePageToEncode()
    {
        var parts = Highlighting.Parts($"<script>{S}alert{E}</script> & more");

        Assert.Equal("<script>", parts[0].Text);
        Assert.False(parts[0].IsMatch);
    }

    [Fact]
    public void StrayMarksNeitherOpenNorCloseTwice()
    {
        var parts = Highlighting.Parts($"{E}before {S}{S}match{E}{E} after");

        Assert.Equal([new SnippetPart("before ", false), new SnippetPart("match", true), new SnippetPart(" after", false)], parts);
    }

    [Fact]
    public void DropsMarkdownSyntax()
    {
        var parts = Highlighting.Parts($"## Heading with **bold** and a [{S}link{E}](https://example.org)");

        Assert.Equal("Heading with bold and a ", parts[0].Text);
        Assert.Equal(new SnippetPart("link", true), parts[1]);
        Assert.Equal(2, parts.Count);
    }

    [Fact]
    public void NothingGivesNoParts()
    {
        Assert.Empty(Highlighting.Parts(null));
        Assert.Empty(Highlighting.Parts(""));
    }
}
