using CstoPress.Core.Import;
using CstoPress.Core.Publications;

namespace CstoPress.Core.Tests.Import;

public class KeepingBothLanguagesOfAPage
{
    [Fact]
    public void A_russian_dispatch_with_its_translation_becomes_english_with_the_original_quoted()
    {
        var page = ArchiveFixtures.PageFromBatch("mixed-dispatch-no-date.txt");

        Assert.Equal(ContentLanguage.En, page.Language);
        Assert.StartsWith("The working group on peacekeeping approved", page.Lead, StringComparison.Ordinal);
        Assert.StartsWith("The document provides for joint exercises once a year.\n\n*Text in Russian:*\n\n> Москва, 3 марта - РИА Новости.", page.Body, StringComparison.Ordinal);
        Assert.Contains(">\n> Документ предусматривает", page.Body, StringComparison.Ordinal);
        Assert.Equal(ContentLanguage.Ru, page.OriginalLanguage);
    }

    [Fact]
    public void The_agency_named_in_the_dateline_is_the_source()
    {
        var page = ArchiveFixtures.PageFromBatch("mixed-dispatch-no-date.txt");

        Assert.Equal("РИА Новости", page.Agency);
    }

    [Fact]
    public void A_page_in_one_language_quotes_nothing()
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
    public void The_language_of_a_paragraph_is_told_by_its_share_of_cyrillic(string text, ContentLanguage expected)
    {
        Assert.Equal(expected, ParagraphLanguage.Of(text));
    }
}
