using System.Security.Cryptography;
using System.Text;

namespace CstoPress.Core.Tests.Import;

/// <summary>
/// The steps of an import run that live in Core, on pages held in memory and in the order the import command
/// takes them: each file read and checked, every distinct file observed for boilerplate before any is parsed,
/// each page parsed, and the press contacts of the signed pages found.
/// </summary>
internal sealed class ImportRunInMemory
{
    private ImportRunInMemory(IReadOnlyList<ExpectedPage> pages, BoilerplateKnowledge knowledge, PressContactDirectory directory)
    {
        Knowledge = knowledge;
        Directory = directory;
        Files = [.. pages.Select(p => FileOf(p.Name, Encoding.UTF8.GetBytes(p.Text)))];
        foreach (var file in Files.DistinctBy(f => f.Hash))
        {
            knowledge.Observe(file.Paragraphs);
        }

        Readings = [.. Files.Select(f => LegacyPageParser.Parse(f.Name, f.Paragraphs, knowledge))];
        Contacts = directory.ResolveAll(Readings.Select(r => r.Page).OfType<ArchivePage>());
    }

    public BoilerplateKnowledge Knowledge { get; }

    public PressContactDirectory Directory { get; }

    public IReadOnlyList<ArchiveFile> Files { get; }

    public IReadOnlyList<ArchivePageReading> Readings { get; }

    public Dictionary<ArchivePage, PressContact> Contacts { get; }

    /// <summary>A first run: nothing learned, no press contact known.</summary>
    public static ImportRunInMemory First(IReadOnlyList<ExpectedPage> pages) =>
        new(pages, new BoilerplateKnowledge(), new PressContactDirectory([]));

    /// <summary>The same files again, with what this run learned and the contacts it made, saved (given their ids) as the import does.</summary>
    public ImportRunInMemory Again(IReadOnlyList<ExpectedPage> pages)
    {
        foreach (var (contact, id) in Directory.NewContacts.ToList().Select((c, i) => (c, Directory.Contacts.Count + i + 1)))
        {
            contact.Id = id;
        }

        var learned = Knowledge.Boilerplate().Select(b => KeyValuePair.Create(b.Fingerprint, b.FilesSeen));
        return new(pages, new BoilerplateKnowledge(learned), new PressContactDirectory(Directory.Contacts));
    }

    /// <summary>The import records the run would leave, by file name, as the next run finds them.</summary>
    public Dictionary<string, ImportedSource> Sources() =>
        Files.ToDictionary(f => f.Name, f => new ImportedSource { ImportKey = f.Name, ContentHash = f.Hash });

    private static ArchiveFile FileOf(string name, byte[] bytes)
    {
        var reading = ArchiveFileReader.Read(name, bytes);
        var text = reading.Text ?? throw new InvalidOperationException($"{name}: {reading.Problem}");
        return new ArchiveFile(name, name, Convert.ToHexStringLower(SHA256.HashData(bytes)), ArchiveParagraph.Split(text));
    }
}
