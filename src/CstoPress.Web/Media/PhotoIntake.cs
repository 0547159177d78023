using SkiaSharp;

namespace CstoPress.Web.Media;

/// <summary>
/// Turns an uploaded file into a photo safe to store and serve. The type is decided by the file's
/// first bytes, never by its name or the browser's header; the image is then decoded and encoded
/// again, which leaves behind anything that is not pixels (scripts, EXIF and GPS metadata).
/// </summary>
public sealed class PhotoIntake(IOptions<MediaOptions> options, TimeProvider time)
{
    public const int ThumbnailWidth = 320;

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public async Task<PhotoIntakeResult> ReadAsync(Stream upload, long length, CancellationToken cancellationToken)
    {
        if (length > options.Value.MaxUploadBytes)
        {
            return PhotoIntakeResult.Refused($"The file is larger than {options.Value.MaxUploadBytes / (1024 * 1024)} MB; send a smaller photo.", tooLarge: true);
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var format = FormatOf(bytes);
        if (format is null)
        {
            return PhotoIntakeResult.Refused("Only JPEG, PNG or WebP photos can be uploaded; this file is not one of them, whatever its name says.");
        }

        using var codec = SKCodec.Create(new MemoryStream(bytes));
        if (codec is null)
        {
            return PhotoIntakeResult.Refused("The file could not be read as a photo; it may be damaged.");
        }

        if ((long)codec.Info.Width * codec.Info.Height > options.Value.MaxPixels)
        {
            return PhotoIntakeResult.Refused("The photo has too many pixels; send a smaller version.");
        }

        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null)
        {
            return PhotoIntakeResult.Refused("The file could not be read as a photo; it may be damaged.");
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(format.Value.Encoding, 90);
        return PhotoIntakeResult.Accepted(Stored(encoded, format.Value.ContentType, bitmap.Width, bitmap.Height), Thumbnail(bitmap));
    }

    /// <summary>The rendition listings show: at most <see cref="ThumbnailWidth"/> pixels wide (twice the listing's width, for sharp screens), as JPEG.</summary>
    private Core.Publications.StoredImage Thumbnail(SKBitmap bitmap)
    {
        var width = Math.Min(ThumbnailWidth, bitmap.Width);
        var height = Math.Max(1, (int)Math.Round(bitmap.Height * (width / (double)bitmap.Width)));
        using var resized = bitmap.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell)) ?? bitmap.Copy();
        using var image = SKImage.FromBitmap(resized);
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return Stored(encoded, "image/jpeg", resized.Width, resized.Height);
    }

    private Core.Publications.StoredImage Stored(SKData encoded, string contentType, int width, int height) => new()
    {
        Id = Guid.NewGuid(),
        ContentType = contentType,
        Bytes = encoded.ToArray(),
        Width = width,
        Height = height,
        CreatedAt = time.GetUtcNow(),
    };

    private static (SKEncodedImageFormat Encoding, string ContentType)? FormatOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return (SKEncodedImageFormat.Jpeg, "image/jpeg");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return (SKEncodedImageFormat.Png, "image/png");
        }

        if (bytes.Length > 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return (SKEncodedImageFormat.Webp, "image/webp");
        }

        return null;
    }
}
