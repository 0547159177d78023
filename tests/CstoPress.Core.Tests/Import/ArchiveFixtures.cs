namespace CstoPress.Core.Tests.Import;

/// <summary>The demonstration pages in Fixtures/, written for these tests in the old site's format.</summary>
internal static class ArchiveFixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static IReadOnlyList<string> Names() =>
        [.. Directory.GetFiles(Folder, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>Every fixture read as one batch, as the import command does, then <paramref name="name"/> parsed.</summary>
    public static ArchivePage PageFromBatch(string name)
    {
        var knowledge = KnowledgeOfAll();
        var reading = LegacyPageParser.Parse(ArchiveFileReader.Read(name, Bytes(name)), knowledge);
        return reading.Page ?? throw new InvalidOperationException($"{name}: {reading.Problem}");
    }

    /// <summary>
    /// A page of Fixtures/Odd (written by hand) or Fixtures/Shrunk (a failing case the property tests shrank to)
    /// read as a run of its own, with nothing learned before.
    /// </summary>
    public static ArchivePage PageAlone(string path)
    {
        var reading = ArchiveFileReader.Read(Path.GetFileName(path), Bytes(path));
        var knowledge = new BoilerplateKnowledge();
        knowledge.Observe(ArchiveParagraph.Split(reading.Text!));
        var page = LegacyPageParser.Parse(reading, knowledge);
        return page.Page ?? throw new InvalidOperationException($"{path}: {page.Problem}");
    }

    public static BoilerplateKnowledge KnowledgeOfAll()
    {
        var knowledge = new BoilerplateKnowledge();
        foreach (var name in Names())
        {
            if (ArchiveFileReader.Read(name, Bytes(name)).Text is { } text)
            {
                knowledge.Observe(ArchiveParagraph.Split(text));
            }
        }

        return knowledge;
    }
}
