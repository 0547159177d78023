namespace CstoPress.Core.Publications;

/// <summary>
/// A photo of a publication. <see cref="ImageId"/> is empty while the photo only exists as a
/// file name (imported from the archive): editors see it as awaiting its file, readers do not.
/// </summary>
public class Photo
{
    public int Id { get; set; }
    public int PublicationId { get; set; }
    public Guid? ImageId { get; set; }
    public StoredImage? Image { get; set; }
    public string? OriginalFileName { get; set; }

    /// <summary>A small rendition of the image for listings; empty for photos stored before renditions were made.</summary>
    public Guid? ThumbnailId { get; set; }
    public StoredImage? Thumbnail { get; set; }
    public required string Caption { get; set; }
    public required string AltText { get; set; }
    public string? Credit { get; set; }
    public int Order { get; set; }

    public bool IsAwaitingFile => ImageId is null;

    /// <summary>The same image, caption and place in the order, as a photo of another publication (a translation).</summary>
    public Photo CopyForAnotherPublication()
    {
        var copy = (Photo)MemberwiseClone();
        copy.Id = 0;
        copy.PublicationId = 0;

        // By key only, so that saving the copy never tries to store the image again.
        copy.Image = null;
        copy.Thumbnail = null;
        return copy;
    }
}
