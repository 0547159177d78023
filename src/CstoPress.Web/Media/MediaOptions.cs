namespace CstoPress.Web.Media;

/// <summary>The 'Media' configuration section.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>The largest photo file accepted, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The most pixels a photo may have, so a small file cannot unpack into gigabytes.</summary>
    public long MaxPixels { get; set; } = 60_000_000;
}
