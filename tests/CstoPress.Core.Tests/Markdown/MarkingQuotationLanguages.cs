namespace CstoPress.Core.Tests.Markdown;

public class MarkingQuotationLanguages
{
    private readonly PublicationMarkdown _markdown = new();

    [Fact]
    public void ARussianQuotationInAnEnglishTextCarriesItsLanguage()
    {
        var html = _markdown.ToHtml("The leaders met.\n\n*Text in Russian:*\n\n> Лидеры встретились в Астане.", ContentLanguage.En);

        Assert.Contains("<blockquote lang=\"ru\">", html);
        Assert.Contains("<p>The leaders met.</p>", html);
    }

    [Fact]
    public void AnEnglishQuotationInARussianTextCarriesItsLanguage()
    {
        var html = _markdown.ToHtml("Лидеры встретились.\n\n*Текст на английском языке:*\n\n> The leaders met in Astana.", ContentLanguage.Ru);

        Assert.Contains("<blockquote lang=\"en\">", html);
    }

    [Fact]
    public void AQuotationInThePageLanguageIsLeftAlone()
    {
        var html = _markdown.ToHtml("The Secretary General said:\n\n> We meet at a decisive moment.", ContentLanguage.En);

        Assert.Contains("<blockquote>", html);
        Assert.DoesNotContain("lang=", html);
    }

    [Fact]
    public void WithoutThePageLanguageNothingIsMarked()
    {
        Assert.DoesNotContain("lang=", _markdown.ToHtml("> Лидеры встретились в Астане."));
    }
}
