using CstoPress.Data;
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
            case "create-admin":
                await CreateAdminAsync(app, args[(at + 1)..]);
                return 0;
            default:
                throw new InvalidOperationException($"Unknown command '{args[at]}'. Known commands: migrate, import, create-admin.");
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
        var pending = await DatabaseMigrations.ApplyPendingAsync(app.Services);
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
