namespace CstoPress.Core.Tests.Import;

public class FindingTitleAndDate
{
    [Fact]
    public void TheTitleRepeatedWithTheDateGivesBoth()
    {
        var page = ArchiveFixtures.PageFromBatch("news-with-signature.txt");

        Assert.Equal("Demonstration exercise of the press services held in Yerevan", page.Title);
        Assert.Equal(new DateOnly(2023, 5, 14), page.Date);
        Assert.False(page.NeedsReview);
    }

    [Fact]
    public void APageWithoutADateLineNeedsReviewAndSaysWhy()
    {
        var page = ArchiveFixtures.PageFromBatch("mixed-dispatch-no-date.txt");

        Assert.Null(page.Date);
        Assert.Contains("no date line under the title", page.ReviewReasons);
    }

    [Fact]
    public void AnUnambiguousDateInAnotherFormatIsRead()
    {
        var page = ArchiveFixtures.PageFromBatch("iso-date.txt");

        Assert.Equal("Consultations of experts on migration held in Astana", page.Title);
        Assert.Equal(new DateOnly(2023, 3, 10), page.Date);
        Assert.False(page.NeedsReview);
    }

    [Fact]
    public void AnAmbiguousDateIsNotGuessed()
    {
        var page = ArchiveFixtures.PageFromBatch("ambiguous-date.txt");

        Assert.Equal("Meeting of the press attachés of the member States", page.Title);
        Assert.Null(page.Date);
        Assert.Contains("the date '03/04/2023' is not in a recognised format", page.ReviewReasons);
    }

    [Theory]
    [InlineData("17.11.2021", 2021, 11, 17)]
    [InlineData("7.3.2020", 2020, 3, 7)]
    [InlineData("2021-11-17", 2021, 11, 17)]
    [InlineData("17 November 2021", 2021, 11, 17)]
    [InlineData("17 ноября 2021 г.", 2021, 11, 17)]
    public void DatesAreReadInTheSpellingsTheArchiveUses(string text, int year, int month, int day)
    {
        Assert.True(ArchiveDate.TryRead(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("17 November 2021")]
    [InlineData("November 17, 2021")]
    [InlineData("17.11.2021")]
    [InlineData("17.11.2021 г.")]
    [InlineData("17 ноября 2021 г.")]
    public void ADateOnALineOfItsOwnUnderTheTitleIsRead(string dateLine)
    {
        var text = $"A title without its dated repeat\n\n{dateLine}\n\nThe text.\n\nMore text.\n";

        var page = LegacyPageParser.Parse("dated.txt", ArchiveParagraph.Split(text), new BoilerplateKnowledge()).Page!;

        Assert.Equal("A title without its dated repeat", page.Title);
        Assert.Equal(new DateOnly(2021, 11, 17), page.Date);
        Assert.Equal("The text.", page.Lead);
        Assert.False(page.NeedsReview);
    }

    [Fact]
    public void ADateInWordsWithTheMonthFirstIsReadAndLeavesTheText()
    {
        var page = ArchiveFixtures.PageAlone("Shrunk/date-in-words-month-first.txt");

        Assert.Equal("Генеральный секретарь ОДКБ встретился с делегацией в Астане (901)", page.Title);
        Assert.Equal(new DateOnly(2020, 10, 16), page.Date);
        Assert.DoesNotContain("October", page.Lead + page.Body, StringComparison.Ordinal);
        Assert.Equal(["фото с заседания (1).HEIC"], page.PhotoFiles);
        Assert.False(page.NeedsReview);
    }

    [Fact]
    public void APageWhoseTextStartsWithALongParagraphHasNoTitleAndNeedsReview()
    {
        var text = "\n" + string.Concat(Enumerable.Repeat("A long opening sentence without any title above it. ", 10)) + "\n\nMore text.\n";

        var page = LegacyPageParser.Parse("untitled.txt", ArchiveParagraph.Split(text), new BoilerplateKnowledge()).Page!;

        Assert.Contains("no title found (the working title is the start of the text)", page.ReviewReasons);
        Assert.EndsWith("…", page.Title, StringComparison.Ordinal);
    }
}
