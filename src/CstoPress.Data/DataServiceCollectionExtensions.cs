using CstoPress.Data.Accounts;
using CstoPress.Data.Import;
using CstoPress.Data.Nodes;
using CstoPress.Data.Repositories;
using CstoPress.Data.Search;
using CstoPress.Data.Seeding;
using CstoPress.Data.Repositories.Editorial;
using CstoPress.Data.Repositories.Journalists;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CstoPress.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The database and the repositories, with retries on transient PostgreSQL faults. With a
    /// <paramref name="replicaConnectionString"/>, a request that <see cref="ReadRoute"/> sends there reads
    /// from that replica; everything else uses the primary.
    /// </summary>
    public static IServiceCollection AddCstoPressData(this IServiceCollection services, string connectionString, string? replicaConnectionString = null)
    {
        var connections = new DatabaseConnections(connectionString, string.IsNullOrWhiteSpace(replicaConnectionString) ? null : replicaConnectionString);
        services.AddSingleton(connections);
        services.AddScoped<ReadRoute>();
        services.AddSingleton<PublicContentChannel>();
        services.AddSingleton<ReplicaCatchUp>();
        // Contexts come from a pool: a page not served from the output cache spent a sixth of its CPU making a new
        // context and its internal services (bench/limit/where-cpu-goes.sh). Each request's context is rented and pointed at
        // the server its ReadRoute names; the connection string is set on every rent, so none is left from the last.
        services.AddPooledDbContextFactory<CstoPressDbContext>(options => options.UseCstoPressDatabase(connections.Primary));
        services.AddScoped(provider =>
        {
            var db = provider.GetRequiredService<IDbContextFactory<CstoPressDbContext>>().CreateDbContext();
            db.Database.SetConnectionString(provider.GetService<ReadRoute>()?.ConnectionString ?? connections.Primary);
            return db;
        });
        services.AddScoped<PublicationRepository>();
        services.AddScoped<CatalogRepository>();
        services.AddScoped<FeedRepository>();
        services.AddScoped<ReadApiRepository>();
        services.AddScoped<SitemapRepository>();
        services.AddScoped<Repositories.Journalists.EmbargoRepository>();
        services.AddScoped<ArchiveRepository>();
        services.AddScoped<SearchRepository>();
        services.AddScoped<TranslationRepository>();
        services.AddScoped<PublicPhotoFileRepository>();
        services.AddScoped<SeedContentStore>();
        services.AddScoped<UserDirectory>();
        services.AddScoped<ArchiveImporter>();
        services.AddScoped<EditorialDeskRepository>();
        services.AddScoped<PublicationEditingRepository>();
        services.AddScoped<PreviewLinkRepository>();
        services.AddScoped<PublicationPhotoRepository>();
        services.AddScoped<PickListRepository>();
        services.AddScoped<ScheduledPublishingStore>();
        services.AddScoped<CatalogEditingRepository>();
        services.AddScoped<PressContactEditingRepository>();
        services.AddScoped<AccreditationRepository>();
        services.AddScoped<Repositories.Alerts.AlertSubscriptionRepository>();
        services.AddScoped<Repositories.Alerts.AlertOutbox>();
        services.AddScoped<Repositories.Alerts.AlertContentRepository>();
        services.AddScoped<Repositories.Alerts.AlertQueueRepository>();
        services.AddScoped<Repositories.Organization.BodyRepository>();
        services.AddScoped<Repositories.Organization.MeetingRepository>();
        services.AddScoped<Repositories.Organization.DocumentRegisterRepository>();
        services.AddScoped<Repositories.Organization.DocumentEntryRepository>();
        services.AddScoped<Repositories.Organization.RegisterSitemapRepository>();
        services.AddScoped<DocumentSearchRepository>();
        services.AddScoped<Repositories.Organization.RegisterDeskRepository>();
        services.AddScoped<Repositories.Organization.RegisterEditingRepository>();
        return services;
    }

    public static DbContextOptionsBuilder UseCstoPressDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql
                // A few quick retries ride out a dropped connection or a failover; more would only
                // keep a reader waiting when the database is really down.
                .EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(1), errorCodesToAdd: null)
                .MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// The connection string the portal runs with: it fails fast when the database is down, so pages can
    /// answer 503 quickly, it prepares the statements it sends again and again, and it does not reset connections
    /// it has left as it found them. Planning the page queries
    /// cost PostgreSQL more than running them (measured with bench/limit: a publication page took 9.6 ms of the
    /// server's CPU unprepared and 1.9 ms prepared), and every public page sends the same few statements.
    /// </summary>
    public static string WithPortalDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.Timeout = 5;
        }

        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        // A pooled connection is reset each time it goes back to the pool (RESET ALL, CLOSE ALL, UNLISTEN and
        // the rest, sent before the next statement): with EF opening the connection once a statement, that was a
        // few more commands for PostgreSQL per statement. The portal leaves nothing on a session to reset: its
        // settings are SET LOCAL, its advisory locks end with their transaction, and the LISTEN connection is not
        // pooled. Measured on a publication page under 64 connections (bench/limit, 1,000 items): PostgreSQL's CPU
        // per page 0.64 to 0.78 ms without the reset, 0.77 to 0.99 ms with it, in four pairs of runs.
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("NoResetOnClose", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
