using System.Text;

namespace CstoPress.Core.Tests.Import;

public class RemovingTheOldSitesBoilerplate
{
    [Fact]
    public void TeasersRepeatedAcrossTheFilesDoNotReachThePublication()
    {
        var page = ArchiveFixtures.PageFromBatch("mixed-dispatch-no-date.txt");

        Assert.Equal("Working group on peacekeeping adopts a demonstration resolution", page.Title);
        Assert.DoesNotContain("demonstration teaser", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("demonstration teaser", page.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void NavigationLinesAreDropped()
    {
        var page = ArchiveFixtures.PageFromBatch("speech.txt");

        Assert.DoesNotContain("Go back", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Back to the", page.Body, StringComparison.Ordinal);
        Assert.EndsWith("Thank you for your attention.", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileImportedAloneLaterIsCleanedByWhatEarlierImportsLearned()
    {
        var earlier = ArchiveFixtures.KnowledgeOfAll();
        var remembered = new BoilerplateKnowledge(earlier.Boilerplate().Select(b => KeyValuePair.Create(b.Fingerprint, b.FilesSeen)));
        var alone = ArchiveFixtures.Text("mixed-dispatch-no-date.txt");
        remembered.Observe(ArchiveParagraph.Split(alone));

        var page = LegacyPageParser.Parse("later.txt", ArchiveParagraph.Split(alone), remembered).Page!;

        Assert.Equal("Working group on peacekeeping adopts a demonstration resolution", page.Title);
        Assert.DoesNotContain("demonstration teaser", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAnythingLearnedALoneFileKeepsItsTeasersAndIsFlagged()
    {
        var alone = ArchiveFixtures.Text("mixed-dispatch-no-date.txt");

        var page = LegacyPageParser.Parse("alone.txt", ArchiveParagraph.Split(alone), new BoilerplateKnowledge()).Page!;

        Assert.True(page.NeedsReview);
    }

    [Fact]
    public void TeasersAboveADatedTitleAreLearnedFromASingleFile()
    {
        var knowledge = new BoilerplateKnowledge();
        var text = ArchiveFixtures.Text("iso-date.txt");

        knowledge.Observe(ArchiveParagraph.Split(text));

        Assert.Equal(4, knowledge.Boilerplate().Count());
    }

    [Fact]
    public void AFileWithNothingButTeasersAndNavigationIsReportedNotImported()
    {
        var knowledge = ArchiveFixtures.KnowledgeOfAll();

        var reading = LegacyPageParser.Parse(ArchiveFileReader.Read("only-boilerplate.txt", ArchiveFixtures.Bytes("only-boilerplate.txt")), knowledge);

        Assert.Null(reading.Page);
        Assert.Contains("only the old site's repeated teasers", reading.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AParagraphRepeatedInsideManySpeechesStaysInEach()
    {
        var knowledge = new BoilerplateKnowledge();
        var pages = Enumerable.Range(1, 4)
            .Select(i => $"Title number {i}\n\nTitle number {i} 0{i}.02.2022\n\nDear colleagues!\n\nText of speech {i}.\n")
            .ToList();
        foreach (var page in pages)
        {
            knowledge.Observe(ArchiveParagraph.Split(page));
        }

        var parsed = LegacyPageParser.Parse("x.txt", ArchiveParagraph.Split(pages[0]), knowledge).Page!;

        Assert.Contains("Dear colleagues!", parsed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameTeaserWithOtherSpacingIsTheSameParagraph()
    {
        var one = ArchiveParagraph.Split("The  Secretary General\u00A0received   guests.").Single();
        var other = ArchiveParagraph.Split("the secretary general received guests.").Single();

        Assert.Equal(one.Fingerprint, other.Fingerprint);
        Assert.NotEqual(one.Fingerprint, ArchiveParagraph.Split(Encoding.UTF8.GetString("Something else."u8)).Single().Fingerprint);
    }
}
