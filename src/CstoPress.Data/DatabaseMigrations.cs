using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CstoPress.Data;

public static class DatabaseMigrations
{
    /// <summary>The key of the session-level advisory lock that only the one migrating holds.</summary>
    private const long MigrationLock = 0x4373746f50726573; // "CstoPres"

    /// <summary>
    /// Applies pending migrations, one migrator at a time, then renders the bodies that have no stored HTML
    /// yet. A deployment that starts the migrate command on several nodes at once gets them applied once,
    /// the others waiting and then finding nothing to do.
    /// EF Core locks the history table only while it applies, not while it creates it, so the lock is ours.
    /// The history table is created first: on a new database EF would otherwise log a failed query as an
    /// error, which reads like a fault to whoever runs the command.
    /// </summary>
    /// <returns>The migrations this call applied.</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(this CstoPressDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLock})", cancellationToken);
            try
            {
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                await db.Database.MigrateAsync(cancellationToken);
                // A migration cannot run Markdig: the bodies stored before their HTML was are rendered here, once.
                await db.RenderMissingAsync(cancellationToken);
                return pending;
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Brings the database of <paramref name="services"/> up to date, in a scope of its own so the
    /// caller needs no database context, and returns the migrations it applied, for the log.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ApplyPendingAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CstoPressDbContext>();
        return await db.MigrateAsync(cancellationToken);
    }
}
