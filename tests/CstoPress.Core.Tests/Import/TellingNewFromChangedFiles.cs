namespace CstoPress.Core.Tests.Import;

public class TellingNewFromChangedFiles
{
    private static ImportedSource Known(string name, string hash) => new() { ImportKey = name, ContentHash = hash, PublicationId = 7 };

    [Fact]
    public void EachFileIsNewChangedOrUnchangedByItsNameAndBytes()
    {
        var known = new Dictionary<string, ImportedSource> { ["same.txt"] = Known("same.txt", "aa"), ["edited.txt"] = Known("edited.txt", "aa") };
        var page = ArchivePages.Page();

        var changes = ArchiveChanges.Sort(
            [(ArchivePages.File("new.txt"), page), (ArchivePages.File("same.txt"), page), (ArchivePages.File("edited.txt", "bb"), page)], known);

        Assert.Equal(["new.txt"], changes.Fresh.Select(f => f.File.Name));
        Assert.Equal(["same.txt"], changes.Unchanged.Select(f => f.Name));
        var (file, _, source) = Assert.Single(changes.Changed);
        Assert.Equal("edited.txt", file.Name);
        Assert.Equal(7, source.PublicationId);
        Assert.Equal(2, changes.PagesToSave.Count());
    }
}
