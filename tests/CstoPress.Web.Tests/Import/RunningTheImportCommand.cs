using CstoPress.Web.Hosting;
using CstoPress.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CstoPress.Web.Tests.Import;

public class RunningTheImportCommand(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task ExitsWithZeroAndSummarisesWhenEveryFileWentIn()
    {
        using var folder = new ArchiveWorkFolder("news-with-signature.txt", "mixed-dispatch-no-date.txt", "speech.txt");

        var (exitCode, output) = await portal.RunCommandAsync(folder.Path, "--section", "news");

        Assert.Equal(ImportCommand.Succeeded, exitCode);
        Assert.Matches(@"Imported\s*│\s*3", output);
        Assert.Matches(@"Needs review\s*│\s*1", output);
        Assert.Contains("mixed-dispatch-no-date.txt: no date line under the title", output, StringComparison.Ordinal);
        await portal.WithDatabaseAsync(async db => Assert.Equal(
            ["news", "news", "news"],
            await db.ImportedSources.Where(s => s.ImportKey != "iso-date.txt").Select(s => s.Publication!.Section!.Slug).ToListAsync()));
    }

    [Fact]
    public async Task ExitsNonZeroAndNamesTheFileWhenOneFailed()
    {
        using var folder = new ArchiveWorkFolder("iso-date.txt", "empty.txt");

        var (exitCode, output) = await portal.RunCommandAsync(folder.Path);

        Assert.Equal(ImportCommand.SomeFilesFailed, exitCode);
        Assert.Contains("empty.txt: empty file", output, StringComparison.Ordinal);
        Assert.Matches(@"Imported\s*│\s*1", output);
    }

    [Fact]
    public async Task ADryRunSaysSoAndExitsWithZero()
    {
        using var folder = new ArchiveWorkFolder("russian-statement.txt");

        var (exitCode, output) = await portal.RunCommandAsync(folder.Path, "--dry-run");

        Assert.Equal(ImportCommand.Succeeded, exitCode);
        Assert.Contains("Dry run: nothing was saved", output, StringComparison.Ordinal);
        Assert.Contains("russian-statement.txt: Statement", output, StringComparison.Ordinal);
        await portal.WithDatabaseAsync(async db =>
            Assert.False(await db.ImportedSources.AnyAsync(s => s.ImportKey == "russian-statement.txt")));
    }

    [Theory]
    [InlineData(new string[0], "Say which folder or file to import.")]
    [InlineData(new[] { "/no/such/archive" }, "There is no file or folder '/no/such/archive'")]
    [InlineData(new[] { "folder", "--sections", "news" }, "Unknown option '--sections'.")]
    public async Task BadArgumentsGetAClearMessageAndExitCodeTwo(string[] arguments, string message)
    {
        var (exitCode, output) = await portal.RunCommandAsync(arguments);

        Assert.Equal(ImportCommand.CannotRun, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }
}
