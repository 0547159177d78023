using CstoPress.Core.Translations;

namespace CstoPress.Core.Tests.Translations;

public class MakingATranslationDraft
{
    private static readonly DateTimeOffset Now = new(2024, 7, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CarriesOverWhatDoesNotDependOnTheLanguage()
    {
        var speaker = new Person { Id = 7, Slug = "stanislav-zas", Name = "Stanislav Zas" };
        var original = new Publication
        {
            Id = 42, Title = "Заявление", Slug = "zaiavlenie", Language = ContentLanguage.Ru, Kind = PublicationKind.Statement,
            SectionId = 3, PublishedAt = Now.AddDays(-1), Status = PublicationStatus.Published,
            Speech = new SpeechDetails { SpeakerId = 7, Speaker = speaker, Place = "Москва" },
            Document = new DocumentDetails { DocumentNumber = "No. 5" },
            Photos = [new Photo { ImageId = Guid.NewGuid(), Caption = "Подпись", AltText = "Описание", Order = 1 }],
            Tags = [new Tag { Slug = "summit", Name = "Summit" }],
            People = [speaker],
        };

        var draft = TranslationDrafts.DraftOf(original, Now);

        Assert.Equal(ContentLanguage.En, draft.Language);
        Assert.Equal(42, draft.TranslationOfId);
        Assert.Equal(PublicationStatus.Draft, draft.Status);
        Assert.Equal(PublicationKind.Statement, draft.Kind);
        Assert.Equal(3, draft.SectionId);
        Assert.Equal(original.PublishedAt, draft.PublishedAt);
        Assert.Equal(7, draft.Speech.SpeakerId);
        Assert.Equal("No. 5", draft.Document.DocumentNumber);
        Assert.Equal(original.Photos[0].ImageId, Assert.Single(draft.Photos).ImageId);
        Assert.NotSame(original.Photos[0], draft.Photos[0]);
        Assert.Single(draft.Tags);
        Assert.Same(speaker, Assert.Single(draft.People));
        Assert.Equal("ru", draft.Source.OriginalLanguage);
        Assert.True(draft.Source.IsOurTranslation);
        Assert.Equal("zaiavlenie-en", draft.Slug);
    }

    [Fact]
    public void ATranslationIsNotTranslatedAgain()
    {
        var translation = new Publication { Id = 2, Title = "T", Slug = "t", TranslationOfId = 1 };

        Assert.Throws<PublicationRuleException>(() => TranslationDrafts.DraftOf(translation, Now));
    }

    [Fact]
    public void AnOriginalIsTranslatedOnce()
    {
        var original = new Publication { Id = 1, Title = "O", Slug = "o" };
        original.Translation = new Publication { Id = 2, Title = "T", Slug = "t", TranslationOfId = 1 };

        Assert.Throws<PublicationRuleException>(() => TranslationDrafts.DraftOf(original, Now));
    }
}
