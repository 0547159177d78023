using CstoPress.Core.Auditing;

namespace CstoPress.Data.Repositories.Editorial;

/// <summary>The photos of a publication as the editors manage them, whatever its status.</summary>
public sealed class PublicationPhotoRepository(CstoPressDbContext db)
{
    /// <summary>A photo's bytes for the editors, whatever the status of its publication.</summary>
    public Task<StoredImage?> ImageOfAsync(int publicationId, Guid imageId, CancellationToken cancellationToken = default) =>
        db.Photos.AsNoTracking().Where(p => p.PublicationId == publicationId && p.ImageId == imageId)
            .Select(p => p.Image!).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Adds the photo, after the others, with its image and thumbnail, to a publication loaded for editing.</summary>
    public async Task AddAsync(Publication publication, Photo photo, StoredImage image, StoredImage thumbnail, AuditEntry entry,
        CancellationToken cancellationToken = default)
    {
        db.StoredImages.Add(image);
        db.StoredImages.Add(thumbnail);
        photo.ImageId = image.Id;
        photo.ThumbnailId = thumbnail.Id;
        photo.Order = publication.Photos.Count == 0 ? 0 : publication.Photos.Max(p => p.Order) + 1;
        publication.Photos.Add(photo);
        db.AuditLog.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Stores the photos in the order given, removing those of the publication left out, and then the
    /// bytes of the removed ones, so nothing stays behind unreachable.
    /// </summary>
    public async Task ArrangeAsync(Publication publication, IReadOnlyList<Photo> kept, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var removed = publication.Photos.Except(kept).ToList();
        db.Photos.RemoveRange(removed);
        for (var i = 0; i < kept.Count; i++)
        {
            kept[i].Order = i;
        }

        db.AuditLog.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        var imageIds = removed.SelectMany(p => new[] { p.ImageId, p.ThumbnailId }).OfType<Guid>().ToList();
        await db.StoredImages.Where(i => imageIds.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
