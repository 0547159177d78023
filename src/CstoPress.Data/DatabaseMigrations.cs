using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CstoPress.Data;

public static class DatabaseMigrations
{
    /// <summary>
    /// Applies pending migrations. The history table is created first: on a new database EF would
    /// otherwise log a failed query as an error, which reads like a fault to whoever runs the command.
    /// </summary>
    public static async Task MigrateAsync(this CstoPressDbContext db, CancellationToken cancellationToken = default)
    {
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
