using System.Text;

namespace CstoPress.Core.Tests.Import;

public sealed class ReadingTheFilesOfARun : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archive-run-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void AFileReadFromDiskCarriesTheHashOfItsBytes()
    {
        var path = Write("news.txt", ArchiveFixtures.Bytes("news-with-signature.txt"));

        var reading = ArchiveFileReader.ReadFrom(path);

        Assert.Equal("news.txt", reading.Name);
        Assert.Equal(64, reading.Hash?.Length);
        Assert.Equal(reading.Hash, ArchiveFileReader.ReadFrom(Write("copy.txt", File.ReadAllBytes(path))).Hash);
    }

    [Fact]
    public void AFileTooLargeIsRefusedBeforeItIsLoaded()
    {
        var path = Write("huge.txt", Encoding.UTF8.GetBytes(new string('x', ArchiveFileReader.MaxBytes + 1)));

        var reading = ArchiveFileReader.ReadFrom(path);

        Assert.Equal("too large for a saved page (2048 KB; the limit is 2048 KB)", reading.Problem);
        Assert.Null(reading.Hash);
    }

    [Fact]
    public void ASecondFileOfTheSameNameFailsAndTheRestIsRead()
    {
        var first = Write("a/page.txt", ArchiveFixtures.Bytes("iso-date.txt"));
        var second = Write("b/page.txt", ArchiveFixtures.Bytes("speech.txt"));
        var empty = Write("empty.txt", []);

        var files = ArchiveRunFiles.Read([first, second, empty]);

        var readable = Assert.Single(files.Readable);
        Assert.Equal((first, "page.txt"), (readable.Path, readable.Name));
        Assert.NotEmpty(readable.Paragraphs);
        Assert.Equal("another file of this run is also named 'page.txt'", files.Unreadable[second].Problem);
        Assert.Equal(second, files.Unreadable[second].Name);
        Assert.Equal("empty file", files.Unreadable[empty].Problem);
    }
}
