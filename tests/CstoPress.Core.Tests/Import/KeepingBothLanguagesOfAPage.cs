namespace CstoPress.Core.Tests.Import;

public class KeepingBothLanguagesOfAPage
{
    [Fact]
    public void ARussianDispatchWithItsTranslationBecomesEnglishWithTheOriginalQuoted()
    {
        var page = ArchiveFixtures.PageFromBatch("mixed-dispatch-no-date.txt");

        Assert.Equal(ContentLanguage.En, page.Language);
        Assert.StartsWith("The working group on peacekeeping approved", page.Lead, StringComparison.Ordinal);
        Assert.StartsWith("The document provides for joint exercises once a year.\n\n*Text in Russian:*\n\n> Москва, 3 марта - РИА Новости.", page.Body, StringComparison.Ordinal);
        Assert.Contains(">\n> Документ предусматривает", page.Body, StringComparison.Ordinal);
        Assert.Equal(ContentLanguage.Ru, page.OriginalLanguage);
    }

    [Fact]
    public void TheAgencyNamedInTheDatelineIsTheSource()
    {
        var page = ArchiveFixtures.PageFromBatch("mixed-dispatch-no-date.txt");

        Assert.Equal("РИА Новости", page.Agency);
    }

    [Fact]
    public void APageInOneLanguageQuotesNothing()
    {
        var page = ArchiveFixtures.PageFromBatch("russian-statement.txt");

        Assert.Equal(ContentLanguage.Ru, page.Language);
        Assert.Null(page.OriginalLanguage);
        Assert.DoesNotContain(">", page.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Секретариат ОДКБ сообщает о CSTO exercises.", ContentLanguage.Ru)]
    [InlineData("The CSTO, ОДКБ in Russian, is an organization.", ContentLanguage.En)]
    [InlineData("2023", ContentLanguage.En)]
    public void TheLanguageOfAParagraphIsToldByItsShareOfCyrillic(string text, ContentLanguage expected)
    {
        Assert.Equal(expected, ParagraphLanguage.Of(text));
    }
}
