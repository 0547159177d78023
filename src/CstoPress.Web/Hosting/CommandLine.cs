using CstoPress.Data;
using CstoPress.Web.Accounts;
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
        // The command comes first; what follows are its options or the host's ('--urls http://…').
        var command = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal) ? args[0] : null;
        switch (command)
        {
            case null:
                return false;
            case "migrate":
                await MigrateAsync(app);
                return true;
            case "create-admin":
                await CreateAdminAsync(app, args);
                return true;
            default:
                throw new InvalidOperationException($"Unknown command '{command}'. Known commands: migrate, create-admin.");
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

    /// <summary>
    /// The first admin: 'create-admin --email X' asks for the password without showing it;
    /// '--password-stdin' reads it from the standard input instead, for scripts.
    /// </summary>
    private static async Task CreateAdminAsync(WebApplication app, string[] args)
    {
        var emailAt = Array.IndexOf(args, "--email");
        if (emailAt < 0 || emailAt + 1 >= args.Length || string.IsNullOrWhiteSpace(args[emailAt + 1]))
        {
            throw new InvalidOperationException("Usage: create-admin --email ADDRESS [--password-stdin]");
        }

        var email = args[emailAt + 1].Trim();
        var password = args.Contains("--password-stdin") ? Console.In.ReadLine() : ReadHiddenPassword();
        if (string.IsNullOrEmpty(password))
        {
            throw new InvalidOperationException("No password was given.");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountSetup>().CreateAsync(email, password, PortalRoles.Admin);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The admin was not created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        app.Logger.LogInformation("Admin {Email} created; sign in at /account/login", email);
    }

    private static string ReadHiddenPassword()
    {
        if (Console.IsInputRedirected)
        {
            throw new InvalidOperationException("No terminal to ask for the password: use --password-stdin.");
        }

        Console.Write("Password (12 characters or more, not shown): ");
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
