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
        var connectionString = await TestDatabaseServer.CreateDatabaseAsync();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var wipe = new NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", connection);
            await wipe.ExecuteNonQueryAsync();
        }

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
