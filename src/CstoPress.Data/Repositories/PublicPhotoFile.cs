namespace CstoPress.Data.Repositories;

/// <summary>The stored bytes of a photo or its thumbnail, as served to readers.</summary>
public sealed record PublicPhotoFile(string ContentType, byte[] Bytes);
