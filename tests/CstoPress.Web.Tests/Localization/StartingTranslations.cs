using CstoPress.Data.Repositories;

namespace CstoPress.Web.Tests.Localization;

/// <summary>
/// What the admin pages build on: a translation starts as a pre-filled draft of its original, and the
/// press office sees which originals still lack one.
/// </summary>
public class StartingTranslations(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task ATranslationDraftCarriesOverEverythingButTheLanguage()
    {
        var zas = portal.Catalog.Person("stanislav-zas");
        var publishedAt = new DateTimeOffset(2021, 11, 17, 9, 0, 0, TimeSpan.Zero);
        Publication speech = new PublicationBuilder(portal.Catalog.Section("secretary-general"), "Speech at the council session")
            .OfKind(PublicationKind.Speech)
            .PublishedAt(publishedAt)
            .With(p =>
            {
                p.Speech = new SpeechDetails { Speaker = zas, SpeakerPost = "Secretary General", Place = "Minsk", DeliveredOn = new DateOnly(2021, 11, 16) };
                p.Photos.Add(new Photo { OriginalFileName = "session.jpg", Caption = "The session", AltText = "Delegations at a round table", Order = 1 });
            });
        await portal.AddAsync(speech);

        var draft = await WithTranslationsAsync(t => t.StartTranslationAsync(speech.Id));

        Assert.NotNull(draft);
        Assert.Equal(ContentLanguage.Ru, draft.Language);
        Assert.Equal(speech.Id, draft.TranslationOfId);
        Assert.Equal(PublicationStatus.Draft, draft.Status);
        Assert.Equal(PublicationKind.Speech, draft.Kind);
        Assert.Equal(speech.SectionId, draft.SectionId);
        Assert.Equal(publishedAt, draft.PublishedAt);
        Assert.Equal(zas.Id, draft.Speech.SpeakerId);
        Assert.Equal("Minsk", draft.Speech.Place);
        Assert.Equal("session.jpg", Assert.Single(draft.Photos).OriginalFileName);
        Assert.Equal("en", draft.Source.OriginalLanguage);
    }

    [Fact]
    public async Task ATranslationCannotBeTranslatedAgainNorAnOriginalTwice()
    {
        Publication original = new PublicationBuilder(portal.News, "Press release on the exercise");
        await portal.AddAsync(original);

        var draft = await WithTranslationsAsync(t => t.StartTranslationAsync(original.Id));

        await Assert.ThrowsAsync<PublicationRuleException>(() => WithTranslationsAsync(t => t.StartTranslationAsync(original.Id)));
        await Assert.ThrowsAsync<PublicationRuleException>(() => WithTranslationsAsync(t => t.StartTranslationAsync(draft!.Id)));
        Assert.Null(await WithTranslationsAsync(t => t.StartTranslationAsync(int.MaxValue)));
    }

    [Fact]
    public async Task OriginalsWithoutATranslationAreListed()
    {
        Publication lacking = new PublicationBuilder(portal.News, "Lacking a translation");
        Publication lackingRussian = new PublicationBuilder(portal.News, "Без перевода").InRussian();
        Publication translated = new PublicationBuilder(portal.News, "Already translated");
        Publication withdrawn = new PublicationBuilder(portal.News, "Withdrawn, no translation needed").Withdrawn("Error.");
        await portal.AddAsync(lacking, lackingRussian, translated, withdrawn);
        Publication translation = new PublicationBuilder(portal.News, "Уже переведено").InRussian().With(p => p.TranslationOfId = translated.Id);
        await portal.AddAsync(translation);

        var all = await WithTranslationsAsync(t => t.MissingTranslationsAsync(null, 100));
        var english = await WithTranslationsAsync(t => t.MissingTranslationsAsync(ContentLanguage.En, 100));

        var titles = all.Select(m => m.Title).ToList();
        Assert.Contains("Lacking a translation", titles);
        Assert.Contains("Без перевода", titles);
        Assert.DoesNotContain("Already translated", titles);
        Assert.DoesNotContain("Уже переведено", titles);
        Assert.DoesNotContain("Withdrawn, no translation needed", titles);
        Assert.DoesNotContain("Без перевода", english.Select(m => m.Title));
    }

    private async Task<T> WithTranslationsAsync<T>(Func<TranslationRepository, Task<T>> work)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TranslationRepository>());
    }
}
