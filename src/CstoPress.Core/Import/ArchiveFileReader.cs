using System.Security.Cryptography;

namespace CstoPress.Core.Import;

/// <summary>
/// Turns the bytes of one saved page into text, or says plainly why it cannot be read: the one place
/// where files of the archive are read, checked and hashed. A file that fails here is reported and
/// skipped; it never stops the rest of the batch.
/// </summary>
public static class ArchiveFileReader
{
    /// <summary>A saved page is a few kilobytes; anything this large is not one of them.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the file at <paramref name="path"/>; the size is checked before the bytes are loaded, so a huge file costs nothing.</summary>
    public static ArchiveFileReading ReadFrom(string path)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
            {
                return TooLarge(name, length);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ArchiveFileReading.Failed(name, $"cannot be read: {exception.Message}");
        }

        var reading = Read(name, bytes);
        return reading.IsReadable ? reading with { Hash = Convert.ToHexStringLower(SHA256.HashData(bytes)) } : reading;
    }

    public static ArchiveFileReading Read(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return TooLarge(name, bytes.Length);
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

    private static ArchiveFileReading TooLarge(string name, long length) =>
        ArchiveFileReading.Failed(name, $"too large for a saved page ({length / 1024} KB; the limit is {MaxBytes / 1024} KB)");
}
