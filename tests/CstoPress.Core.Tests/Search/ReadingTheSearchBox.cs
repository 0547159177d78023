using CstoPress.Core.Search;

namespace CstoPress.Core.Tests.Search;

public class ReadingTheSearchBox
{
    [Theory]
    [InlineData(null, SearchTextProblem.Empty)]
    [InlineData("", SearchTextProblem.Empty)]
    [InlineData(" \t\n ", SearchTextProblem.Empty)]
    [InlineData("?!*&|:", SearchTextProblem.NoWords)]
    [InlineData("security", SearchTextProblem.None)]
    [InlineData("безопасность 2024", SearchTextProblem.None)]
    public void TellsWhyASearchCannotRun(string? typed, SearchTextProblem expected)
    {
        Assert.Equal(expected, SearchText.Read(typed, out _));
    }

    [Fact]
    public void RefusesMoreThanTheLimit()
    {
        Assert.Equal(SearchTextProblem.TooLong, SearchText.Read(new string('a', SearchText.MaxLength + 1), out _));
        Assert.Equal(SearchTextProblem.None, SearchText.Read(new string('a', SearchText.MaxLength), out _));
    }

    [Fact]
    public void DropsWhatPostgreSqlCannotTakeAndFoldsSpaces()
    {
        SearchText.Read("  null\u0000byte \ud800 broken\t\tpair \ud83d\ude00 \uE000mark\uE001 ", out var text);

        Assert.Equal("nullbyte broken pair \ud83d\ude00 mark", text.Value);
    }

    [Theory]
    [InlineData("Zass", true)]
    [InlineData("Stanislav Zass", true)]
    [InlineData("Тасмагамбетов", true)]
    [InlineData("O'Neill", true)]
    [InlineData("treaty -anniversary", false)]
    [InlineData("\"collective security\"", false)]
    [InlineData("Zas or Semerikov", false)]
    [InlineData("collective security treaty organization", false)]
    [InlineData("2024", false)]
    [InlineData("ab", false)]
    public void KnowsWhatCouldBeAName(string typed, bool couldBe)
    {
        SearchText.Read(typed, out var text);

        Assert.Equal(couldBe, text.CouldBeAName);
    }
}
