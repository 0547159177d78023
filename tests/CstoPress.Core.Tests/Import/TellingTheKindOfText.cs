namespace CstoPress.Core.Tests.Import;

public class TellingTheKindOfText
{
    [Fact]
    public void ASpeechIsKnownByItsHeaderAndKeepsItReadable()
    {
        var page = ArchiveFixtures.PageFromBatch("speech.txt");

        Assert.Equal(PublicationKind.Speech, page.Kind);
        Assert.Contains("(21 September 2022, Minsk)", page.KindReason, StringComparison.Ordinal);
        Assert.Equal("Minsk", page.Speech.Place);
        Assert.Equal(new DateOnly(2022, 9, 21), page.Speech.DeliveredOn);
        Assert.Equal("CSTO Secretary General", page.Speech.SpeakerPost);
        Assert.Equal("Demonstration Conference on Information Security", page.Speech.Occasion);
        Assert.StartsWith("Speech\nof the CSTO Secretary General\nto the Demonstration Conference on Information Security\n\n*(21 September 2022, Minsk)*\n\nDear conference participants!\n\nDear colleagues!", page.Body, StringComparison.Ordinal);
        Assert.Equal("", page.Lead);
    }

    [Fact]
    public void AResolutionIsKnownByItsTitle()
    {
        var page = ArchiveFixtures.PageFromBatch("mixed-dispatch-no-date.txt");

        Assert.Equal(PublicationKind.Resolution, page.Kind);
        Assert.Contains("resolution", page.KindReason, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatementIsKnownByItsTitleInRussianToo()
    {
        var page = ArchiveFixtures.PageFromBatch("russian-statement.txt");

        Assert.Equal(PublicationKind.Statement, page.Kind);
        Assert.Equal(ContentLanguage.Ru, page.Language);
    }

    [Fact]
    public void AnInterviewIsKnownByTheCorrespondentItAnswered()
    {
        var text = "Title of a talk\n\nTitle of a talk 01.02.2023\n\nThe Secretary General told the demonstration news agency correspondent about the plans.\n\nMore.\n";

        var page = LegacyPageParser.Parse("talk.txt", ArchiveParagraph.Split(text), new BoilerplateKnowledge()).Page!;

        Assert.Equal(PublicationKind.Interview, page.Kind);
    }

    [Fact]
    public void WithoutEvidenceAPageIsNewsAndSaysSo()
    {
        var page = ArchiveFixtures.PageFromBatch("news-with-signature.txt");

        Assert.Equal(PublicationKind.News, page.Kind);
        Assert.Equal("no sign of a speech, resolution, statement or interview", page.KindReason);
    }
}
