using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CstoPress.Data;

public static class DatabaseMigrations
{
    /// <summary>
    /// Applies pending migrations, then renders the bodies that have no stored HTML yet. The history table is created first: on a new database EF would
    /// otherwise log a failed query as an error, which reads like a fault to whoever runs the command.
    /// </summary>
    public static async Task MigrateAsync(this CstoPressDbContext db, CancellationToken cancellationToken = default)
    {
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        // A migration cannot run Markdig: the bodies stored before their HTML was are rendered here, once.
        await db.RenderMissingAsync(cancellationToken);
    }

    /// <summary>
    /// Brings the database of <paramref name="services"/> up to date, in a scope of its own so the
    /// caller needs no database context, and returns the migrations it applied, for the log.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ApplyPendingAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CstoPressDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.MigrateAsync(cancellationToken);
        return pending;
    }
}
