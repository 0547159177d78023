using CstoPress.Data;
using CstoPress.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Npgsql;

namespace CstoPress.Web.Tests.Hosting;

public class MigrateCommandTests
{
    [Fact]
    public async Task MigrateBringsAnEmptyDatabaseUpToDateAndRunsAgainHarmlessly()
    {
        var connectionString = await EmptyDatabaseAsync();
        try
        {
            for (var run = 0; run < 2; run++)
            {
                var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", Args = ["migrate"] });
                builder.Configuration["ConnectionStrings:Default"] = connectionString;
                await builder.AddCstoPressDatabaseAsync();
                await using var app = builder.Build();

                Assert.Equal(0, await CommandLine.TryRunAsync(app, ["migrate"]));

                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CstoPressDbContext>();
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(0, await db.Publications.CountAsync());
            }
        }
        finally
        {
            await TestDatabaseServer.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task TwoMigrateCommandsStartedAtOnceApplyEachMigrationOnce()
    {
        var connectionString = await EmptyDatabaseAsync();
        try
        {
            var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", Args = ["migrate"] });
                builder.Configuration["ConnectionStrings:Default"] = connectionString;
                await builder.AddCstoPressDatabaseAsync();
                await using var app = builder.Build();
                return await DatabaseMigrations.ApplyPendingAsync(app.Services);
            })));

            // One run applied them all, the other waited for it and found nothing left to do.
            Assert.Single(runs, applied => applied.Count > 0);
            Assert.Single(runs, applied => applied.Count == 0);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) - count(DISTINCT migration_id) FROM __ef_migrations_history", connection);
            Assert.Equal(0L, await count.ExecuteScalarAsync());
        }
        finally
        {
            await TestDatabaseServer.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task<string> EmptyDatabaseAsync()
    {
        var connectionString = await TestDatabaseServer.CreateDatabaseAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var wipe = new NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", connection);
        await wipe.ExecuteNonQueryAsync();
        return connectionString;
    }

    [Fact]
    public async Task AnUnknownCommandSaysWhichCommandsExist()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["ConnectionStrings:Default"] = "Host=127.0.0.1;Port=1;Database=none";
        await builder.AddCstoPressDatabaseAsync();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => CommandLine.TryRunAsync(app, ["publish-everything"]));

        Assert.Contains("migrate", error.Message);
    }
}
