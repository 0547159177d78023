namespace CstoPress.Core.Tests.Import;

public class ChoosingTheSpeaker
{
    private readonly SpeakerChoice _speakers = new([
        (1, ["Stanislav Zas", "Станислав Зась"]),
        (2, ["Imangali Tasmagambetov", "Ivo"]),
    ]);

    [Fact]
    public void TheTitleNamesTheSpeaker() =>
        Assert.Equal(1, _speakers.NamedIn("The Secretary General Stanislav Zas spoke at the round table"));

    [Fact]
    public void ARussianNameCountsAsMuchAsAnEnglishOne() =>
        Assert.Equal(1, _speakers.NamedIn("Выступление Генерального секретаря ОДКБ СТАНИСЛАВ ЗАСЬ"));

    [Fact]
    public void AShortNameIsNotLookedForInsideOtherWords() =>
        Assert.Null(_speakers.NamedIn("The delegation of Ivoire arrived in Moscow"));

    [Fact]
    public void ATitleNamingNobodyKnownHasNoSpeaker() =>
        Assert.Null(_speakers.NamedIn("The Secretary General spoke at the session"));
}
