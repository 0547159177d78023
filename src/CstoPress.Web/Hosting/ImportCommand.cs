using CstoPress.Data.Import;
using Spectre.Console;

namespace CstoPress.Web.Hosting;

/// <summary>
/// 'import &lt;folder or file&gt; [--section SLUG] [--dry-run]': brings pages saved from the old site into the
/// portal, with a progress bar on a terminal and a summary naming every file at the end.
/// </summary>
public static class ImportCommand
{
    public const int Succeeded = 0;
    public const int SomeFilesFailed = 1;
    public const int CannotRun = 2;

    public const string Usage = "Usage: import <folder or file> [--section SLUG] [--dry-run]";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        if (!TryReadArguments(arguments, out var path, out var options, out var problem))
        {
            console.MarkupLineInterpolated($"[red]{problem}[/]");
            console.WriteLine(Usage);
            return CannotRun;
        }

        try
        {
            var files = ArchiveFolder.Files(FromWhereTyped(path));
            await using var scope = services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<ArchiveImporter>();
            var summary = await RunWithProgressAsync(importer, files, options, console, cancellationToken);
            Print(summary, console);
            return summary.HasFailures ? SomeFilesFailed : Succeeded;
        }
        catch (ArchiveImportException exception)
        {
            console.MarkupLineInterpolated($"[red]{exception.Message}[/]");
            return CannotRun;
        }
    }

    private static async Task<ArchiveImportSummary> RunWithProgressAsync(
        ArchiveImporter importer, IReadOnlyList<string> files, ArchiveImportOptions options, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (!console.Profile.Capabilities.Interactive || files.Count < 2)
        {
            return await importer.ImportAsync(files, options, null, cancellationToken);
        }

        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var reading = context.AddTask("Reading pages", maxValue: files.Count);
                var saving = context.AddTask(options.DryRun ? "Checking (dry run)" : "Saving items", maxValue: files.Count);
                var progress = new Reporter(p =>
                {
                    reading.Value = p.Read;
                    saving.Value = options.DryRun ? p.Read : p.Saved;
                });
                var summary = await importer.ImportAsync(files, options, progress, cancellationToken);
                reading.Value = reading.MaxValue;
                saving.Value = saving.MaxValue;
                return summary;
            });
    }

    private static void Print(ArchiveImportSummary summary, IAnsiConsole console)
    {
        if (summary.DryRun)
        {
            console.MarkupLine("[yellow]Dry run: nothing was saved. This is what an import would do.[/]");
        }

        var table = new Table().AddColumns("Outcome", "Files");
        table.AddRow("Imported", summary.Imported.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Updated", summary.Updated.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Unchanged", summary.Unchanged.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Needs review", summary.NeedsReview.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Failed", summary.Failed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);

        List("Imported", summary.Imported, KindAndEvidence, console);
        List("Updated", summary.Updated, KindAndEvidence, console);
        List("Unchanged", summary.Unchanged, _ => null, console);
        List("Needs review (saved as drafts)", summary.NeedsReview, f => f.ReviewReason, console);
        List("Failed (skipped)", summary.Failed, f => f.Problem, console);
    }

    private static string? KindAndEvidence(ArchiveFileResult file) => file.Kind is null ? null : $"{file.Kind} ({file.KindReason})";

    private static void List(string heading, IReadOnlyList<ArchiveFileResult> files, Func<ArchiveFileResult, string?> detail, IAnsiConsole console)
    {
        if (files.Count == 0)
        {
            return;
        }

        console.MarkupLineInterpolated($"[bold]{heading}:[/]");
        foreach (var file in files)
        {
            var text = detail(file);
            console.WriteLine(text is null ? $"  {file.Name}" : $"  {file.Name}: {text}");
        }
    }

    /// <summary>
    /// 'dotnet run --project' starts the app in the project's folder, so a relative path is read from the
    /// folder the command was typed in (the shell's PWD) when it is not found from the app's own.
    /// </summary>
    private static string FromWhereTyped(string path) =>
        Path.IsPathRooted(path) || File.Exists(path) || Directory.Exists(path)
            || Environment.GetEnvironmentVariable("PWD") is not { Length: > 0 } typedIn
            ? path
            : Path.Combine(typedIn, path);

    private static bool TryReadArguments(IReadOnlyList<string> arguments, out string path, out ArchiveImportOptions options, out string problem)
    {
        string? folder = null;
        string? section = null;
        var dryRun = false;
        path = "";
        options = new ArchiveImportOptions();
        problem = "";
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (argument == "--dry-run")
            {
                dryRun = true;
            }
            else if (argument == "--section" && i + 1 < arguments.Count)
            {
                section = arguments[++i];
            }
            else if (argument.StartsWith("--section=", StringComparison.Ordinal))
            {
                section = argument["--section=".Length..];
            }
            else if (argument.StartsWith('-'))
            {
                problem = $"Unknown option '{argument}'.";
                return false;
            }
            else if (folder is null)
            {
                folder = argument;
            }
            else
            {
                problem = $"One folder or file at a time; '{argument}' is one too many.";
                return false;
            }
        }

        if (folder is null)
        {
            problem = "Say which folder or file to import.";
            return false;
        }

        if (section is { Length: 0 })
        {
            problem = "--section needs a section slug.";
            return false;
        }

        path = folder;
        options = new ArchiveImportOptions(section, dryRun);
        return true;
    }

    private sealed class Reporter(Action<ArchiveImportProgress> report) : IProgress<ArchiveImportProgress>
    {
        public void Report(ArchiveImportProgress value) => report(value);
    }
}
