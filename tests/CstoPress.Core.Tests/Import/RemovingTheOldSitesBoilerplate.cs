using System.Text;
using CstoPress.Core.Import;

namespace CstoPress.Core.Tests.Import;

public class RemovingTheOldSitesBoilerplate
{
    [Fact]
    public void Teasers_repeated_across_the_files_do_not_reach_the_publication()
    {
        var page = ArchiveFixtures.PageFromBatch("mixed-dispatch-no-date.txt");

        Assert.Equal("Working group on peacekeeping adopts a demonstration resolution", page.Title);
        Assert.DoesNotContain("demonstration teaser", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("demonstration teaser", page.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Navigation_lines_are_dropped()
    {
        var page = ArchiveFixtures.PageFromBatch("speech.txt");

        Assert.DoesNotContain("Go back", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Back to the", page.Body, StringComparison.Ordinal);
        Assert.EndsWith("Thank you for your attention.", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_imported_alone_later_is_cleaned_by_what_earlier_imports_learned()
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
    public void Without_anything_learned_a_lone_file_keeps_its_teasers_and_is_flagged()
    {
        var alone = ArchiveFixtures.Text("mixed-dispatch-no-date.txt");

        var page = LegacyPageParser.Parse("alone.txt", ArchiveParagraph.Split(alone), new BoilerplateKnowledge()).Page!;

        Assert.True(page.NeedsReview);
    }

    [Fact]
    public void Teasers_above_a_dated_title_are_learned_from_a_single_file()
    {
        var knowledge = new BoilerplateKnowledge();
        var text = ArchiveFixtures.Text("iso-date.txt");

        LegacyPageParser.Parse("one.txt", ArchiveParagraph.Split(text), knowledge);

        Assert.Equal(4, knowledge.Boilerplate().Count());
    }

    [Fact]
    public void A_file_with_nothing_but_teasers_and_navigation_is_reported_not_imported()
    {
        var knowledge = ArchiveFixtures.KnowledgeOfAll();

        var reading = LegacyPageParser.Parse(ArchiveFileReader.Read("only-boilerplate.txt", ArchiveFixtures.Bytes("only-boilerplate.txt")), knowledge);

        Assert.Null(reading.Page);
        Assert.Contains("only the old site's repeated teasers", reading.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_repeated_inside_many_speeches_stays_in_each()
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
    public void The_same_teaser_with_other_spacing_is_the_same_paragraph()
    {
        var one = ArchiveParagraph.Split("The  Secretary General\u00A0received   guests.").Single();
        var other = ArchiveParagraph.Split("the secretary general received guests.").Single();

        Assert.Equal(one.Fingerprint, other.Fingerprint);
        Assert.NotEqual(one.Fingerprint, ArchiveParagraph.Split(Encoding.UTF8.GetString("Something else."u8)).Single().Fingerprint);
    }
}
