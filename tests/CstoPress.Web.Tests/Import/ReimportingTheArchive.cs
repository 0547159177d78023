using CstoPress.Core.Publications;
using CstoPress.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CstoPress.Web.Tests.Import;

public class ReimportingTheArchive(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task TheSameFilesAgainChangeNothingAndDuplicateNothing()
    {
        using var folder = new ArchiveWorkFolder(ArchiveImportRuns.GoodPages);
        await portal.ImportAsync(folder.Path);
        var before = await SnapshotAsync();

        var again = await portal.ImportAsync(folder.Path);

        Assert.Equal(ArchiveImportRuns.GoodPages.Length, again.Unchanged.Count);
        Assert.Empty(again.Imported);
        Assert.Empty(again.Updated);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task AChangedFileUpdatesItsItemAndKeepsItsAddress()
    {
        using var folder = new ArchiveWorkFolder("iso-date.txt", "news-with-signature.txt", "speech.txt");
        await portal.ImportAsync(folder.Path);
        var original = await ItemAsync("Consultations of experts on migration held in Astana");
        folder.Write("iso-date.txt", File.ReadAllText(folder.File("iso-date.txt"))
            .Replace("The next consultations will take place in the autumn.", "The next consultations will take place in December.", StringComparison.Ordinal));

        var run = await portal.ImportAsync(folder.Path);

        Assert.Equal(["iso-date.txt"], run.Updated.Select(f => f.Name));
        Assert.Equal(2, run.Unchanged.Count);
        var updated = await ItemAsync("Consultations of experts on migration held in Astana");
        Assert.Equal(original.Id, updated.Id);
        Assert.Equal(original.Slug, updated.Slug);
        Assert.Contains("in December.", updated.Body, StringComparison.Ordinal);
        Assert.Equal(PublicationStatus.Published, updated.Status);
    }

    private async Task<Publication> ItemAsync(string title)
    {
        Publication? item = null;
        await portal.WithDatabaseAsync(async db => item = await db.Publications.AsNoTracking().SingleAsync(p => p.Title == title));
        return item!;
    }

    private async Task<string> SnapshotAsync()
    {
        var snapshot = "";
        await portal.WithDatabaseAsync(async db =>
        {
            var publications = await db.Publications.AsNoTracking().OrderBy(p => p.Id)
                .Select(p => $"{p.Id}|{p.Slug}|{p.Status}|{p.UpdatedAt:O}|{p.Body.Length}").ToListAsync();
            var photos = await db.Photos.CountAsync();
            var contacts = await db.PressContacts.CountAsync();
            var sources = await db.ImportedSources.AsNoTracking().OrderBy(s => s.Id).Select(s => $"{s.ImportKey}|{s.ContentHash}|{s.UpdatedAt:O}").ToListAsync();
            snapshot = string.Join("\n", publications) + $"\nphotos {photos}\ncontacts {contacts}\n" + string.Join("\n", sources);
        });
        return snapshot;
    }
}
