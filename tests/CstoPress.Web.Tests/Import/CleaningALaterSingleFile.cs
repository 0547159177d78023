using CstoPress.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CstoPress.Web.Tests.Import;

public class CleaningALaterSingleFile(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task ASingleFileImportedLaterIsCleanedByWhatTheFirstImportLearned()
    {
        using var first = new ArchiveWorkFolder("iso-date.txt", "news-with-signature.txt", "speech.txt", "russian-statement.txt");
        await portal.ImportAsync(first.Path);
        using var later = new ArchiveWorkFolder("mixed-dispatch-no-date.txt");

        var run = await portal.ImportAsync(later.File("mixed-dispatch-no-date.txt"));

        Assert.Equal(["mixed-dispatch-no-date.txt"], run.Imported.Select(f => f.Name));
        await portal.WithDatabaseAsync(async db =>
        {
            var item = await db.ImportedSources.AsNoTracking().Where(s => s.ImportKey == "mixed-dispatch-no-date.txt").Select(s => s.Publication!).SingleAsync();
            Assert.Equal("Working group on peacekeeping adopts a demonstration resolution", item.Title);
            Assert.DoesNotContain("demonstration teaser", item.Lead + item.Body, StringComparison.Ordinal);
            Assert.Equal("no date line under the title", item.ReviewReason);
        });
    }
}
