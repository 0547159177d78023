namespace CstoPress.Core.Import;

/// <summary>
/// What the importer knows to be the old site's repeated blocks (the teasers of the latest items
/// printed at the top of every page): a paragraph counts as boilerplate once it was seen in
/// <see cref="MinimumFiles"/> different files, in this batch or in earlier imports. Nothing of
/// today's teaser text is written into the code: the teasers changed as the site did.
/// </summary>
public sealed class BoilerplateKnowledge
{
    public const int MinimumFiles = 3;

    private readonly Dictionary<string, int> _learned;
    private readonly Dictionary<string, int> _seenInBatch = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _samples = new(StringComparer.Ordinal);

    public BoilerplateKnowledge(IEnumerable<KeyValuePair<string, int>>? learned = null)
    {
        _learned = learned is null ? new(StringComparer.Ordinal) : new(learned, StringComparer.Ordinal);
    }

    /// <summary>
    /// Counts each distinct paragraph of one file once, and confirms what stands above the file's
    /// dated title line. Every file of a batch is observed before any is parsed, so parsing only reads
    /// this knowledge and the pages of a batch can be parsed in parallel.
    /// </summary>
    public void Observe(IReadOnlyList<ArchiveParagraph> paragraphs)
    {
        foreach (var paragraph in paragraphs.DistinctBy(p => p.Fingerprint))
        {
            _seenInBatch[paragraph.Fingerprint] = _seenInBatch.GetValueOrDefault(paragraph.Fingerprint) + 1;
            _samples.TryAdd(paragraph.Fingerprint, paragraph.Text);
        }

        if (LegacyPageParser.FindTitleAndDateLine(paragraphs, paragraphs.Count) is { } pair)
        {
            foreach (var teaser in paragraphs.Take(pair.Index))
            {
                Confirm(teaser);
            }
        }
    }

    /// <summary>
    /// Paragraphs printed above a page's own title and dated title line are the site's, not the item's:
    /// remembered as boilerplate even when this batch has seen them only once.
    /// </summary>
    private void Confirm(ArchiveParagraph paragraph)
    {
        _learned[paragraph.Fingerprint] = Math.Max(_learned.GetValueOrDefault(paragraph.Fingerprint), MinimumFiles);
        _samples.TryAdd(paragraph.Fingerprint, paragraph.Text);
    }

    public bool IsBoilerplate(ArchiveParagraph paragraph) => FilesSeen(paragraph.Fingerprint) >= MinimumFiles;

    public int FilesSeen(string fingerprint) =>
        Math.Max(_learned.GetValueOrDefault(fingerprint), _seenInBatch.GetValueOrDefault(fingerprint));

    /// <summary>The boilerplate worth remembering for later imports, with a sample of its text.</summary>
    public IEnumerable<LearnedBoilerplate> Boilerplate() =>
        _learned.Keys.Union(_seenInBatch.Keys)
            .Select(fingerprint => (fingerprint, files: FilesSeen(fingerprint)))
            .Where(f => f.files >= MinimumFiles)
            .Select(f => new LearnedBoilerplate
            {
                Fingerprint = f.fingerprint,
                FilesSeen = f.files,
                Sample = Sample(f.fingerprint),
            });

    private string Sample(string fingerprint)
    {
        var text = _samples.GetValueOrDefault(fingerprint) ?? "";
        return text.Length <= LearnedBoilerplate.SampleLength ? text : text[..LearnedBoilerplate.SampleLength];
    }
}
