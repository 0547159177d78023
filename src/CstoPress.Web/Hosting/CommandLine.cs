using CstoPress.Data;
using Microsoft.EntityFrameworkCore;

namespace CstoPress.Web.Hosting;

/// <summary>
/// The portal's maintenance commands, run as 'dotnet run --project src/CstoPress.Web -- COMMAND'.
/// They share the web app's configuration, so they reach the same database.
/// </summary>
public static class CommandLine
{
    /// <returns>True when the arguments named a command (it has then run); false to start the web server.</returns>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        // A command is the first argument; options such as --urls belong to the web server.
        var command = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal) ? args[0] : null;
        switch (command)
        {
            case null:
                return false;
            case "migrate":
                await MigrateAsync(app);
                return true;
            default:
                throw new InvalidOperationException($"Unknown command '{command}'. Known commands: migrate.");
        }
    }

    private static async Task MigrateAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CstoPressDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.MigrateAsync();
        app.Logger.LogInformation("Database is up to date; applied {Count} migration(s): {Migrations}", pending.Count, pending);
    }
}
