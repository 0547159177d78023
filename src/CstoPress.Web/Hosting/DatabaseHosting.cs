using CstoPress.Data;
using CstoPress.LocalPostgres;
using Serilog;

namespace CstoPress.Web.Hosting;

/// <summary>
/// Decides which PostgreSQL the portal talks to. A configured ConnectionStrings:Default always wins;
/// in Development without one, a private cluster is started from the machine's PostgreSQL binaries
/// so that 'dotnet run' just works. In any other environment a missing connection string stops the start.
/// </summary>
public static class DatabaseHosting
{
    public const string ConnectionStringName = "Default";

    /// <summary>An optional streaming replica of the same database, for what anonymous readers are served.</summary>
    public const string ReplicaConnectionStringName = "Replica";

    /// <returns>The private cluster when one was started (disposing it stops it), otherwise null.</returns>
    public static async Task<LocalPostgresCluster?> AddCstoPressDatabaseAsync(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        LocalPostgresCluster? cluster = null;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (!builder.Environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"No database is configured. Set ConnectionStrings__{ConnectionStringName} to the PostgreSQL connection string " +
                    $"(environment {builder.Environment.EnvironmentName}); only Development starts a private database by itself.");
            }

            var folder = builder.Configuration["LocalDatabase:Folder"] is { Length: > 0 } configured
                ? configured
                : Path.Combine(builder.Environment.ContentRootPath, ".localdb");
            using var loggerFactory = LoggerFactory.Create(logging => logging.AddSerilog());
            cluster = await LocalPostgresCluster.StartAsync(folder, loggerFactory.CreateLogger("CstoPress.LocalDatabase"));
            connectionString = cluster.ConnectionString();
        }

        var replica = builder.Configuration.GetConnectionString(ReplicaConnectionStringName);
        builder.Services.AddCstoPressData(DataServiceCollectionExtensions.WithPortalDefaults(connectionString),
            string.IsNullOrWhiteSpace(replica) ? null : DataServiceCollectionExtensions.WithPortalDefaults(replica));
        return cluster;
    }

    /// <summary>
    /// Development migrates and seeds the demo content by itself; production runs the 'migrate' command
    /// before starting the web nodes (migrating holds a lock, so two at once still apply each migration once).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return;
        }

        await DatabaseMigrations.ApplyPendingAsync(app.Services);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoContent.DemoSeeder>().SeedIfEmptyAsync();
        await scope.ServiceProvider.GetRequiredService<Accounts.AccountSetup>().CreateDemoAccountsAsync();
    }
}
