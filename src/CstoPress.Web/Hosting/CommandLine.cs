using CstoPress.Data;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace CstoPress.Web.Hosting;

/// <summary>
/// The portal's maintenance commands, run as 'dotnet run --project src/CstoPress.Web -- COMMAND'.
/// They share the web app's configuration, so they reach the same database.
/// </summary>
public static class CommandLine
{
    /// <returns>The command's exit code when the arguments named a command (it has then run); null to start the web server.</returns>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        var at = CommandIndex(args);
        switch (at < 0 ? null : args[at])
        {
            case null:
                return null;
            case "migrate":
                await MigrateAsync(app);
                return 0;
            case "import":
                // Development's private database is migrated and has its sections before anything is imported into it.
                await app.PrepareDatabaseAsync();
                return await ImportCommand.RunAsync(app.Services, args[(at + 1)..], AnsiConsole.Console, app.Lifetime.ApplicationStopping);
            default:
                throw new InvalidOperationException($"Unknown command '{args[at]}'. Known commands: migrate, import.");
        }
    }

    /// <summary>The first argument that is neither a setting ('key=value', '--key=value') nor the value of one ('--urls URL').</summary>
    private static int CommandIndex(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith('-'))
            {
                i += args[i].Contains('=', StringComparison.Ordinal) ? 0 : 1;
            }
            else if (!args[i].Contains('=', StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
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
