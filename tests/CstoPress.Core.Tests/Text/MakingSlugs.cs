namespace CstoPress.Core.Tests.Text;

public class MakingSlugs
{
    [Theory]
    [InlineData("The President of the Kyrgyz Republic met the CSTO Secretary General", "the-president-of-the-kyrgyz-republic-met-the-csto-secretary-general")]
    [InlineData("UN General Assembly adopts Resolution on Strengthening UN-CSTO Cooperation", "un-general-assembly-adopts-resolution-on-strengthening-un-csto-cooperation")]
    [InlineData("Заседание Совета министров иностранных дел", "zasedanie-soveta-ministrov-inostrannykh-del")]
    [InlineData("Генеральный секретарь ОДКБ Имангали Тасмагамбетов", "generalnyi-sekretar-odkb-imangali-tasmagambetov")]
    [InlineData("  “Quoted”  —  title!  ", "quoted-title")]
    [InlineData("Café déjà vu", "cafe-deja-vu")]
    public void TransliteratesAndJoinsWordsWithDashes(string title, string expected)
    {
        Assert.Equal(expected, Slugs.From(title));
        Assert.True(Slugs.IsWellFormed(expected));
    }

    [Theory]
    [InlineData("Pasted\uFFFE title\uFFFF", "pasted-title")]
    [InlineData("Lone \uD800 surrogate", "lone-surrogate")]
    [InlineData("Control\u0001 character", "control-character")]
    public void IgnoresCharactersThatCannotBeNormalized(string title, string expected)
    {
        Assert.Equal(expected, Slugs.From(title));
    }

    [Fact]
    public void CutsALongTitleAtAWordBoundary()
    {
        var slug = Slugs.From(string.Join(' ', Enumerable.Repeat("security", 30)));

        Assert.True(slug.Length <= Slugs.MaxLength);
        Assert.EndsWith("security", slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Has Capitals")]
    [InlineData("-leading")]
    [InlineData("double--dash")]
    [InlineData("../etc/passwd")]
    public void RejectsMalformedSlugs(string slug) => Assert.False(Slugs.IsWellFormed(slug));
}
