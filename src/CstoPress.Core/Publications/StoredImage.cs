namespace CstoPress.Core.Publications;

/// <summary>
/// Image bytes kept in the database so that every web node serves the same file
/// without a shared disk. The id doubles as the ETag.
/// </summary>
public class StoredImage
{
    public Guid Id { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Bytes { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
