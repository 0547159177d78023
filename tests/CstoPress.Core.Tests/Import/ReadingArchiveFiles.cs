using System.Text;

namespace CstoPress.Core.Tests.Import;

public class ReadingArchiveFiles
{
    [Fact]
    public void AnEmptyFileIsReportedAsEmpty()
    {
        var reading = ArchiveFileReader.Read("empty.txt", ArchiveFixtures.Bytes("empty.txt"));

        Assert.False(reading.IsReadable);
        Assert.Equal("empty file", reading.Problem);
    }

    [Fact]
    public void AFileOfBlankLinesIsReportedAsEmpty()
    {
        var reading = ArchiveFileReader.Read("blank.txt", Encoding.UTF8.GetBytes("\n\n \u00A0\n\r\n"));

        Assert.Equal("empty file", reading.Problem);
    }

    [Fact]
    public void ABinaryFileIsReportedAsBinary()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var reading = ArchiveFileReader.Read("photo.txt", png);

        Assert.Contains("binary", reading.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileInAnotherEncodingIsReportedAsNotUtf8()
    {
        // "Заявление" as the old Windows-1251 code page writes it.
        byte[] windows1251 = [0xC7, 0xE0, 0xFF, 0xE2, 0xEB, 0xE5, 0xED, 0xE8, 0xE5];

        var reading = ArchiveFileReader.Read("cp1251.txt", windows1251);

        Assert.Contains("not UTF-8", reading.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FiveMegabytesOfTextIsTooLargeForASavedPage()
    {
        var huge = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The archive keeps every release. ", 5 * 1024 * 1024 / 33 + 1)));

        var reading = ArchiveFileReader.Read("huge.txt", huge);

        Assert.True(huge.Length >= 5 * 1024 * 1024);
        Assert.Contains("too large", reading.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void WindowsLineEndingsReadLikeUnixOnes()
    {
        var unix = ArchiveFixtures.Text("news-with-signature.txt");
        var windows = Encoding.UTF8.GetBytes(unix.Replace("\n", "\r\n", StringComparison.Ordinal));
        var knowledge = ArchiveFixtures.KnowledgeOfAll();

        var fromWindows = LegacyPageParser.Parse(ArchiveFileReader.Read("crlf.txt", windows), knowledge).Page!;
        var fromUnix = LegacyPageParser.Parse(ArchiveFileReader.Read("lf.txt", Encoding.UTF8.GetBytes(unix)), knowledge).Page!;

        Assert.Equal(fromUnix.Title, fromWindows.Title);
        Assert.Equal(fromUnix.Date, fromWindows.Date);
        Assert.Equal(fromUnix.Body, fromWindows.Body);
        Assert.DoesNotContain('\r', fromWindows.Body);
    }

    [Fact]
    public void AByteOrderMarkIsNotPartOfTheText()
    {
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. "Title\n\nText"u8];

        var reading = ArchiveFileReader.Read("bom.txt", withBom);

        Assert.StartsWith("Title", reading.Text, StringComparison.Ordinal);
    }
}
