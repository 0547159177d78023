using System.Text;

namespace CstoPress.Core.Import;

/// <summary>
/// Turns the bytes of one saved page into text, or says plainly why it cannot be read.
/// A file that fails here is reported and skipped; it never stops the rest of the batch.
/// </summary>
public static class ArchiveFileReader
{
    /// <summary>A saved page is a few kilobytes; anything this large is not one of them.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ArchiveFileReading Read(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return ArchiveFileReading.Failed(name, $"too large for a saved page ({bytes.Length / 1024} KB; the limit is {MaxBytes / 1024} KB)");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return ArchiveFileReading.Failed(name, "binary file (it contains NUL bytes), not a saved page");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return ArchiveFileReading.Failed(name, "not UTF-8 text (re-save it as UTF-8 and import it again)");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ArchiveFileReading.Failed(name, "empty file");
        }

        return new ArchiveFileReading(name, text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), null);
    }
}
