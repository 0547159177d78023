using CstoPress.Data.Import;
using CstoPress.Web.Hosting;
using CstoPress.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CstoPress.Web.Tests.Import;

/// <summary>Runs the importer the way the command does, against the portal's database.</summary>
internal static class ArchiveImportRuns
{
    /// <summary>The demonstration pages that hold a publication (the empty and the teasers-only files aside).</summary>
    public static readonly string[] GoodPages =
    [
        "ambiguous-date.txt", "iso-date.txt", "mixed-dispatch-no-date.txt", "news-with-signature.txt",
        "russian-statement.txt", "signature-spelled-differently.txt", "speech.txt",
    ];

    public static async Task<ArchiveImportSummary> ImportAsync(this PortalFactory portal, string path, ArchiveImportOptions? options = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArchiveImporter>()
            .ImportAsync(ArchiveFolder.Files(path), options ?? new ArchiveImportOptions());
    }

    /// <summary>Runs 'import ARGUMENTS' and returns its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(this PortalFactory portal, params string[] arguments)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
            Ansi = AnsiSupport.No,
        });
        console.Profile.Width = 200;
        var exitCode = await ImportCommand.RunAsync(portal.Services, arguments, console);
        return (exitCode, output.ToString());
    }
}
