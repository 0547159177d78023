using System.Text;
using CstoPress.Data.Import;
using CstoPress.Web.Tests.Infrastructure;

namespace CstoPress.Web.Tests.Import;

public class SkippingBadFiles(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task BadFilesAreReportedAndSkippedWhileTheRestIsImported()
    {
        using var folder = new ArchiveWorkFolder("news-with-signature.txt", "speech.txt", "empty.txt");
        folder.Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]);
        folder.Write("cp1251.txt", [0xC7, 0xE0, 0xFF, 0xE2, 0xEB, 0xE5, 0xED, 0xE8, 0xE5]);
        folder.Write("huge.txt", Encoding.UTF8.GetBytes(new string('x', 5 * 1024 * 1024)));

        var run = await portal.ImportAsync(folder.Path);

        Assert.Equal(["news-with-signature.txt", "speech.txt"], run.Imported.Select(f => f.Name));
        var failed = run.Failed.ToDictionary(f => f.Name, f => f.Problem);
        Assert.Equal("empty file", failed["empty.txt"]);
        Assert.Contains("binary", failed["photo.txt"], StringComparison.Ordinal);
        Assert.Contains("not UTF-8", failed["cp1251.txt"], StringComparison.Ordinal);
        Assert.Contains("too large", failed["huge.txt"], StringComparison.Ordinal);
        Assert.True(run.HasFailures);
    }

    [Fact]
    public async Task AFailedFileIsTriedAgainOnTheNextRun()
    {
        using var folder = new ArchiveWorkFolder("iso-date.txt");
        folder.Write("later.txt", "");
        await portal.ImportAsync(folder.Path);
        File.Copy(Path.Combine(ArchiveWorkFolder.Fixtures, "ambiguous-date.txt"), folder.File("later.txt"), overwrite: true);

        var run = await portal.ImportAsync(folder.Path);

        Assert.Equal(["later.txt"], run.Imported.Select(f => f.Name));
        Assert.Equal(["iso-date.txt"], run.Unchanged.Select(f => f.Name));
    }

    [Fact]
    public async Task AnUnknownSectionStopsTheRunBeforeAnythingIsRead()
    {
        using var folder = new ArchiveWorkFolder("iso-date.txt");

        var error = await Assert.ThrowsAsync<ArchiveImportException>(() => portal.ImportAsync(folder.Path, new ArchiveImportOptions("no-such-section")));

        Assert.Contains("There is no section 'no-such-section'. Known sections: news, secretary-general", error.Message, StringComparison.Ordinal);
    }
}
