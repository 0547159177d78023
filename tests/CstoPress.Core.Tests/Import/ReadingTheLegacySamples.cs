using System.Text.RegularExpressions;

namespace CstoPress.Core.Tests.Import;

/// <summary>
/// The three pages saved from the old site, read together as one batch, as an import of them would.
/// What is expected is taken from the files themselves, so their text is not copied here.
/// </summary>
public partial class ReadingTheLegacySamples
{
    private const string Resolution = "001_465c84d216438b45.txt";
    private const string News = "002_f767a490c3556ee8.txt";
    private const string Speech = "003_d96c296a24306448.txt";
    private static readonly string[] Files = [Resolution, News, Speech];

    private static string Raw(string name) => File.ReadAllText(Path.Combine(RepositoryRoot.LegacySamples()!, name));

    private static ArchivePage Page(string name)
    {
        var knowledge = new BoilerplateKnowledge();
        var readings = Files.Select(f => ArchiveFileReader.Read(f, File.ReadAllBytes(Path.Combine(RepositoryRoot.LegacySamples()!, f)))).ToList();
        foreach (var reading in readings)
        {
            knowledge.Observe(ArchiveParagraph.Split(reading.Text!));
        }

        var parsed = LegacyPageParser.Parse(readings.Single(r => r.Name == name), knowledge);
        return parsed.Page ?? throw new InvalidOperationException(parsed.Problem);
    }

    /// <summary>The paragraphs every sample shares: the old site's teasers.</summary>
    private static IReadOnlyList<string> SharedParagraphs() =>
        [.. Files.Select(f => ArchiveParagraph.Split(Raw(f)).Select(p => p.Text).ToHashSet())
            .Aggregate((shared, next) => [.. shared.Intersect(next)])];

    [LegacySamplesFact]
    public void TheNewsPageGivesItsTitleDateTextAndPressContact()
    {
        var raw = Raw(News);
        var datedTitle = DatedTitleLine().Match(raw);

        var page = Page(News);

        Assert.Equal(datedTitle.Groups["title"].Value, page.Title);
        Assert.Equal(new DateOnly(2023, 3, 10), page.Date);
        Assert.Equal(PublicationKind.News, page.Kind);
        Assert.NotEmpty(page.Lead);
        Assert.NotNull(page.Signature?.Name);
        Assert.Contains("Press Secretary " + page.Signature.Name, raw, StringComparison.Ordinal);
        Assert.Matches(@"^\+7 495 \d{3}-\d{2}-\d{2}$", page.Signature.Phone);
        Assert.DoesNotContain(page.Signature.Name, page.Body, StringComparison.Ordinal);
        Assert.False(page.NeedsReview);
    }

    [LegacySamplesFact]
    public void TheTeasersAtTheTopOfEveryPageAreGone()
    {
        var teasers = SharedParagraphs();
        Assert.True(teasers.Count >= 4);

        foreach (var name in Files)
        {
            var page = Page(name);

            foreach (var teaser in teasers)
            {
                Assert.DoesNotContain(MarkdownText.Line(teaser), page.Lead + page.Body, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("Go back", page.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Back to the", page.Body, StringComparison.Ordinal);
        }
    }

    [LegacySamplesFact]
    public void TheSpeechKeepsItsHeaderAndAddresseesReadable()
    {
        var page = Page(Speech);

        Assert.Equal(PublicationKind.Speech, page.Kind);
        Assert.Equal(new DateOnly(2021, 11, 17), page.Date);
        Assert.Equal("Moscow", page.Speech.Place);
        Assert.Equal(new DateOnly(2021, 11, 17), page.Speech.DeliveredOn);
        Assert.Equal("CSTO Secretary General", page.Speech.SpeakerPost);
        Assert.StartsWith("of the CSTO Secretary General\nto the ", page.Body, StringComparison.Ordinal);
        Assert.Contains("*(17 November 2021, Moscow)*\n\nDear ", page.Body, StringComparison.Ordinal);
        Assert.Equal(3, page.Speech.Addressees.Count);
    }

    [LegacySamplesFact]
    public void TheAgencyDispatchWithItsTranslationIsOneEnglishResolutionNeedingADate()
    {
        var teasers = SharedParagraphs();
        var title = ArchiveParagraph.Split(Raw(Resolution)).Select(p => p.Text).First(p => !teasers.Contains(p));

        var page = Page(Resolution);

        Assert.Equal(title, page.Title);
        Assert.Equal(ContentLanguage.En, page.Language);
        Assert.Equal(PublicationKind.Resolution, page.Kind);
        Assert.Equal("РИА Новости", page.Agency);
        Assert.Equal(ContentLanguage.Ru, page.OriginalLanguage);
        Assert.Equal(ContentLanguage.En, ParagraphLanguage.Of(page.Lead));
        Assert.Contains("*Text in Russian:*\n\n> ", page.Body, StringComparison.Ordinal);
        Assert.Null(page.Date);
        Assert.Equal(["no date line under the title"], page.ReviewReasons);
    }

    /// <summary>
    /// The invariants of <see cref="ImportingAnyArchivePage"/> on the three samples read as one run, with what each must
    /// give taken from the file: its head is the first paragraph that is not a teaser (and the dated repeat of it), its
    /// signature the paragraph above the links that names the press secretary, and it carries no photo name.
    /// </summary>
    [LegacySamplesFact]
    public void TheSamplesImportAsAnyPageMust()
    {
        var teasers = SharedParagraphs();
        ImportInvariants.HoldFor([.. Files.Select(name => Expected(name, teasers))]);
    }

    private static ExpectedPage Expected(string name, IReadOnlyList<string> teasers)
    {
        var paragraphs = ArchiveParagraph.Split(Raw(name)).ToList();
        var first = paragraphs.FindIndex(p => !teasers.Contains(p.Text));
        var head = paragraphs[first + 1].Text.StartsWith(paragraphs[first].Text, StringComparison.Ordinal)
            ? new[] { paragraphs[first].Text, paragraphs[first + 1].Text }
            : [paragraphs[first].Text];
        var signed = paragraphs.LastOrDefault(p => p.Text.Contains("Press Secretary", StringComparison.Ordinal));
        var signature = signed is null ? null : new ExpectedSignature("the press secretary", signed.Lines, null);
        return FixtureExpectations.Of(name, Raw(name), head, [], signature);
    }

    [GeneratedRegex(@"^(?<title>.+) (?<date>\d{2}\.\d{2}\.\d{4})$", RegexOptions.Multiline)]
    private static partial Regex DatedTitleLine();
}
