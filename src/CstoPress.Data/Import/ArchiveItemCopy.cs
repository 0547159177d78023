using CstoPress.Core.Import;
using Npgsql;

namespace CstoPress.Data.Import;

/// <summary>New archive items, their photos and their import records in three COPYs and one transaction.</summary>
internal sealed class ArchiveItemCopy(CstoPressDbContext db)
{
    private readonly BulkCopy<Publication> _publicationCopy = new(db);
    private readonly BulkCopy<Photo> _photoCopy = new(db);
    private readonly BulkCopy<ImportedSource> _sourceCopy = new(db);

    /// <param name="sources">The import record of each publication, in the same order.</param>
    public async Task InsertAsync(List<Publication> publications, List<ImportedSource> sources, CancellationToken cancellationToken)
    {
        var photos = publications.SelectMany(p => p.Photos).ToList();
        // COPY passes SaveChanges by, where bodies are otherwise rendered.
        publications.ForEach(p => p.BodyHtml = PublicationBodies.Render(p));
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await GiveKeysAsync(connection, publications, sources, photos, cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await _publicationCopy.WriteAsync(connection, publications, cancellationToken);
            await _photoCopy.WriteAsync(connection, photos, cancellationToken);
            await _sourceCopy.WriteAsync(connection, sources, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>COPY returns no keys, so they are reserved first and the rows linked by them before writing.</summary>
    private async Task GiveKeysAsync(
        NpgsqlConnection connection, List<Publication> publications, List<ImportedSource> sources, List<Photo> photos, CancellationToken cancellationToken)
    {
        var publicationIds = await _publicationCopy.ReserveIdsAsync(connection, publications.Count, cancellationToken);
        var sourceIds = await _sourceCopy.ReserveIdsAsync(connection, sources.Count, cancellationToken);
        var photoIds = await _photoCopy.ReserveIdsAsync(connection, photos.Count, cancellationToken);
        for (var i = 0; i < publications.Count; i++)
        {
            publications[i].Id = publicationIds[i];
            sources[i].Id = sourceIds[i];
            sources[i].PublicationId = publicationIds[i];
            foreach (var photo in publications[i].Photos)
            {
                photo.PublicationId = publicationIds[i];
            }
        }

        for (var i = 0; i < photos.Count; i++)
        {
            photos[i].Id = photoIds[i];
        }
    }
}
