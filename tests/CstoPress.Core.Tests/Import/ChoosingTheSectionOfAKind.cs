namespace CstoPress.Core.Tests.Import;

public class ChoosingTheSectionOfAKind
{
    private static Section Section(int id, string slug) => new() { Id = id, Slug = slug, Name = slug, NameRu = slug };

    private static readonly List<Section> Sections = [Section(1, "secretary-general"), Section(2, "news"), Section(3, "statements")];

    [Fact]
    public void ASpeechGoesToTheSecretaryGeneral() =>
        Assert.Equal("secretary-general", SectionOfKind.For(PublicationKind.Speech, Sections).Slug);

    [Fact]
    public void AKindWithoutASectionOfItsOwnGoesToTheNews() =>
        Assert.Equal("news", SectionOfKind.For(PublicationKind.PressRelease, Sections).Slug);

    [Fact]
    public void AKindWhoseSectionIsMissingGoesToTheNews() =>
        Assert.Equal("news", SectionOfKind.For(PublicationKind.Resolution, Sections).Slug);

    [Fact]
    public void WithoutANewsSectionTheFirstSectionTakesIt() =>
        Assert.Equal("secretary-general", SectionOfKind.For(PublicationKind.Interview, [Section(1, "secretary-general"), Section(3, "statements")]).Slug);
}
