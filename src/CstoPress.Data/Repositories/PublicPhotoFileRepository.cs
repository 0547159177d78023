namespace CstoPress.Data.Repositories;

/// <summary>The public's one question about stored photos: may this file be served, and what is it.</summary>
public sealed class PublicPhotoFileRepository(CstoPressDbContext db, TimeProvider time)
{
    /// <summary>
    /// The image or thumbnail stored under <paramref name="id"/>, when it belongs to a publication the public
    /// may reach, so a draft's photo cannot be fetched by guessing its id; otherwise null.
    /// </summary>
    public Task<PublicPhotoFile?> PublicPhotoAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Photos.AsNoTracking()
            .Where(ph => ph.ImageId == id || ph.ThumbnailId == id)
            .Join(db.Publications.Where(PublicVisibility.Reachable(time.GetUtcNow())), ph => ph.PublicationId, p => p.Id, (ph, p) => ph.ImageId == id ? ph.Image! : ph.Thumbnail!)
            .Select(i => new PublicPhotoFile(i.ContentType, i.Bytes))
            .FirstOrDefaultAsync(cancellationToken);
}
