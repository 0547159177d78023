using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace CstoPress.Data.Import;

/// <summary>
/// Writes many new rows of one entity in a single PostgreSQL binary COPY. EF Core has no bulk insert,
/// and its batched INSERTs read every store-generated column back (a publication's whole search
/// vector among them), which made a large import several times slower. The columns are taken from
/// the EF model, owned parts included, so the copy follows the mapping; computed columns and the
/// row version are left to the database. Keys come from the table's own identity sequence.
/// </summary>
internal sealed class BulkCopy<TEntity>
    where TEntity : class
{
    private readonly string _table;
    private readonly List<(string Column, string StoreType, Func<TEntity, object?> Value)> _columns = [];

    public BulkCopy(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        _table = entity.GetTableName()!;
        var table = StoreObjectIdentifier.Table(_table, entity.GetSchema());
        AddColumns(entity, table, e => e);
        foreach (var owned in entity.GetNavigations().Where(n => n.ForeignKey.IsOwnership && n.TargetEntityType.GetTableName() == _table))
        {
            var getter = owned.GetGetter();
            AddColumns(owned.TargetEntityType, table, e => getter.GetClrValue(e));
        }
    }

    /// <summary>Reserves <paramref name="count"/> keys from the table's identity sequence in one round trip.</summary>
    public async Task<List<int>> ReserveIdsAsync(NpgsqlConnection connection, int count, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT nextval(pg_get_serial_sequence('{_table}', 'id'))::int FROM generate_series(1, $1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        var ids = new List<int>(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    public async Task WriteAsync(NpgsqlConnection connection, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", _columns.Select(c => $"\"{c.Column}\""));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY \"{_table}\" ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var (_, storeType, value) in _columns)
            {
                if (value(row) is { } present)
                {
                    await importer.WriteAsync(present, storeType, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private void AddColumns(IEntityType entity, StoreObjectIdentifier table, Func<TEntity, object?> owner)
    {
        foreach (var property in entity.GetProperties())
        {
            var computed = property.GetComputedColumnSql(table) is not null;
            var rowVersion = property.IsConcurrencyToken && property.ValueGenerated == ValueGenerated.OnAddOrUpdate;
            var ownedKey = entity.IsOwned() && property.IsPrimaryKey();
            if (computed || rowVersion || ownedKey || property.GetColumnName(table) is not { } column)
            {
                continue;
            }

            var getter = property.GetGetter();
            var converter = property.GetTypeMapping().Converter;
            var storeType = property.GetColumnType();
            var bracket = storeType.IndexOf('(', StringComparison.Ordinal);
            storeType = bracket < 0 ? storeType : storeType[..bracket].TrimEnd();
            _columns.Add((column, storeType, row =>
            {
                var part = owner(row);
                var value = part is null ? null : getter.GetClrValue(part);
                return value is null || converter is null ? value : converter.ConvertToProvider(value);
            }));
        }
    }
}
