using System.Text;
using CstoPress.Core.Organization;

namespace CstoPress.Core.Tests.Organization;

public class WritingADocumentsVersionsAndFiles
{
    private static Document NewDocument() => new() { Symbol = "PC/1", SymbolKey = "PC/1" };

    [Fact]
    public void TheOriginalIsNeverUnofficialAndTheTranslationMayBe()
    {
        var document = NewDocument();
        document.SetVersion(ContentLanguage.Ru, "Решение", "Текст.", isOriginal: true, isUnofficial: true);
        document.SetVersion(ContentLanguage.En, "Decision", "Text.", isOriginal: false, isUnofficial: true);
        document.RequireOneOriginal();

        Assert.False(document.VersionIn(ContentLanguage.Ru)!.IsUnofficial);
        Assert.True(document.VersionIn(ContentLanguage.En)!.IsUnofficial);
    }

    [Fact]
    public void AnEmptyLanguageRemovesItsVersionAndADocumentWithoutItsOriginalIsRefused()
    {
        var document = NewDocument();
        document.SetVersion(ContentLanguage.Ru, "Решение", "Текст.", isOriginal: false, isUnofficial: false);
        document.SetVersion(ContentLanguage.En, " ", "", isOriginal: true, isUnofficial: false);

        Assert.Single(document.Versions);
        var refused = Assert.Throws<RegisterRuleException>(document.RequireOneOriginal);
        Assert.Equal("Mark the language in which the document was adopted as the original.", refused.Message);
        Assert.Throws<RegisterRuleException>(() => document.SetVersion(ContentLanguage.En, "", "A text without its title.", true, false));
    }

    [Theory]
    [InlineData("%PDF-1.7 …", "decision.bin", FileFormat.Pdf)]
    [InlineData("PK\u0003\u0004…", "decision.DOCX", FileFormat.Docx)]
    [InlineData("PK\u0003\u0004…", "archive.zip", null)]
    [InlineData("<script>", "decision.pdf", null)]
    public void AFileIsWhatItsFirstBytesSay(string start, string name, FileFormat? expected) =>
        Assert.Equal(expected, DocumentFileFormats.Of(Encoding.Latin1.GetBytes(start), name));

    [Theory]
    [InlineData("../../etc/decision.pdf", "decision.pdf")]
    [InlineData("C:\\Users\\press\\Решение №5.pdf", "Решение №5.pdf")]
    [InlineData("a\"b?.pdf", "a_b_.pdf")]
    [InlineData("", "document")]
    public void AFileKeepsOnlyItsOwnName(string uploaded, string stored) => Assert.Equal(stored, DocumentFileFormats.CleanName(uploaded));
}
