using System.Diagnostics;
using CstoPress.Data;
using CstoPress.Web.DemoContent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace CstoPress.Web.Tests.Reliability;

/// <summary>The README's pg_dump / pg_restore procedure, run for real: the restored database serves the same site.</summary>
public class BackupAndRestoreTests
{
    [Fact]
    public async Task ARestoredDumpServesTheSamePublications()
    {
        var original = await TestDatabaseServer.CreateDatabaseAsync();
        var restored = await TestDatabaseServer.CreateDatabaseAsync();
        var dump = Path.Combine(Path.GetTempPath(), $"cstopress-{Guid.NewGuid():N}.dump");
        try
        {
            await using (var portal = PortalOn(original))
            {
                await using var scope = portal.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
            }

            await WipeAsync(restored);
            await RunAsync("pg_dump", original, "--format=custom", "--no-owner", "--file", dump);
            await RunAsync("pg_restore", restored, "--no-owner", "--exit-on-error", dump);

            string before, after;
            await using (var portal = PortalOn(original))
            {
                before = await portal.CreateClient().GetStringAsync("/news");
            }

            await using (var portal = PortalOn(restored))
            {
                after = await portal.CreateClient().GetStringAsync("/news");
                var publication = await portal.CreateClient().GetAsync("/news/peacekeeping-forces-hold-the-demo-exercise-indestructible-brotherhood");
                Assert.Equal(System.Net.HttpStatusCode.OK, publication.StatusCode);
            }

            Assert.Contains("Peacekeeping forces hold the demo exercise", after);
            Assert.Equal(before, after);
        }
        finally
        {
            File.Delete(dump);
            await TestDatabaseServer.DropDatabaseAsync(original);
            await TestDatabaseServer.DropDatabaseAsync(restored);
        }
    }

    private static WebApplicationFactory<Program> PortalOn(string connectionString) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            // No metrics listener: its default port, taken by another portal of the same test run, would stop the start.
            builder.UseSetting("Metrics:Port", "0");
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new TestClock(PortalFactory.StartTime)));
        });

    /// <summary>pg_restore wants an empty database, as a new server would have.</summary>
    private static async Task WipeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var wipe = new NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", connection);
        await wipe.ExecuteNonQueryAsync();
    }

    private static async Task RunAsync(string tool, string connectionString, params string[] arguments)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(FindTool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["--host", target.Host!, "--port", target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", target.Username!, "--dbname", target.Database!])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = target.Password;
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
    }

    private static string FindTool(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Concat(Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")) : [])
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists) ?? tool;
}
