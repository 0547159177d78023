namespace CstoPress.Core.Tests.Text;

public class CleaningText
{
    [Theory]
    [InlineData("Plain text\nwith lines\tand tabs", "Plain text\nwith lines\tand tabs")]
    [InlineData("nul\u0000 and bell\u0007 gone", "nul and bell gone")]
    [InlineData("non\uFFFEcharacter\uFFFF", "noncharacter")]
    [InlineData("broken \uD800 surrogate", "broken  surrogate")]
    [InlineData("Заседание «Совета» — 2024", "Заседание «Совета» — 2024")]
    [InlineData("emoji 🙂 stays", "emoji 🙂 stays")]
    [InlineData("next line\u0085 and \u009F gone", "next line and  gone")]
    [InlineData("\uFDD0non\uFDEFcharacters\uFFFD", "noncharacters")]
    [InlineData("a lone low \uDC00 surrogate", "a lone low  surrogate")]
    public void KeepsWhatReadersSeeAndDropsTheRest(string input, string expected) =>
        Assert.Equal(expected, CleanText.Of(input));

    [Fact]
    public void ASlugCanBeMadeFromAnyTitle() =>
        Assert.Equal("bad-title", Slugs.From("\u0001Bad\uFFFE title\uD800"));
}
