using System.Diagnostics;
using System.Globalization;
using CstoPress.Core.Publications;
using CstoPress.Data;
using CstoPress.Data.Import;
using CstoPress.LocalPostgres;
using ImportBench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

// Imports N generated pages into a fresh, migrated database, several times, and prints the median pages per second.
var pages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var work = Path.Combine(Path.GetTempPath(), $"cstopress-import-bench-{Environment.ProcessId}");
var archive = Path.Combine(work, "archive");

LocalPostgresCluster? cluster = null;
try
{
    Console.WriteLine($"Generating {pages} pages in {archive} ...");
    ArchiveGenerator.Write(archive, pages);
    var files = ArchiveFolder.Files(archive);
    var bytes = files.Sum(f => new FileInfo(f).Length);
    Console.WriteLine($"  {bytes / 1024 / 1024} MB, {bytes / pages} bytes per page on average");

    var parse = Stopwatch.StartNew();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var knowledge = new CstoPress.Core.Import.BoilerplateKnowledge();
    var split = files.Select(f => CstoPress.Core.Import.ArchiveParagraph.Split(CstoPress.Core.Import.ArchiveFileReader.ReadFrom(f).Text!)).ToList();
    var readAt = parse.Elapsed.TotalSeconds;
    split.ForEach(knowledge.Observe);
    var observedAt = parse.Elapsed.TotalSeconds;
    var parsed = split.Select((p, i) => CstoPress.Core.Import.LegacyPageParser.Parse(files[i], p, knowledge)).Count(r => r.Page is not null);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"parsing alone: read+split {readAt:F2} s, fingerprints {observedAt - readAt:F2} s, parse {parse.Elapsed.TotalSeconds - observedAt:F2} s; CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s for {parsed} pages"));

    string server;
    if (Environment.GetEnvironmentVariable("CSTOPRESS_BENCH_DB") is { Length: > 0 } configured)
    {
        server = new NpgsqlConnectionStringBuilder(configured) { Database = "postgres" }.ConnectionString;
    }
    else
    {
        cluster = await LocalPostgresCluster.StartAsync(Path.Combine(work, "db"), NullLogger.Instance);
        server = cluster.ConnectionString("postgres");
    }

    var rates = new List<double>();
    for (var run = 1; run <= runs; run++)
    {
        var database = $"cstopress_import_bench_{run}";
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"");
        var builder = new DbContextOptionsBuilder<CstoPressDbContext>();
        builder.UseCstoPressDatabase(new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
        var options = builder.Options;

        await using (var setup = new CstoPressDbContext(options))
        {
            await setup.MigrateAsync();
            setup.Sections.AddRange(
                new Section { Slug = "news", Name = "News", NameRu = "Новости", Order = 1 },
                new Section { Slug = "secretary-general", Name = "Secretary General", NameRu = "Генеральный секретарь", Order = 2 });
            await setup.SaveChangesAsync();
        }

        await using var db = new CstoPressDbContext(options);
        var importer = new ArchiveImporter(db, TimeProvider.System, PressOfficeTime.FromZoneId(null));
        if (run == 1)
        {
            // Reading and parsing alone, to tell the importer's own time from the database's.
            var dry = Stopwatch.StartNew();
            await importer.ImportAsync(files, new ArchiveImportOptions(DryRun: true));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dry run (read and parse, no writes): {dry.Elapsed.TotalSeconds:F2} s"));
        }

        await db.Database.CloseConnectionAsync();
        NpgsqlConnection.ClearAllPools();
        await Task.Delay(500);
        var serverCpuBefore = cluster is null ? null : ServerCpu.Seconds(Path.Combine(work, "db", "data"));
        var importerCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        var summary = await importer.ImportAsync(files, new ArchiveImportOptions());
        clock.Stop();

        var rate = pages / clock.Elapsed.TotalSeconds;
        rates.Add(rate);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run {run}: {clock.Elapsed.TotalSeconds:F2} s, {rate:F0} pages/s ({summary.Imported.Count} imported, {summary.NeedsReview.Count} needing review, {summary.Failed.Count} failed)"));
        var importerCpu = (Process.GetCurrentProcess().TotalProcessorTime - importerCpuBefore).TotalSeconds;
        await db.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await Task.Delay(500);
        if (serverCpuBefore is { } before && ServerCpu.Seconds(Path.Combine(work, "db", "data")) is { } after)
        {
            var perPage = (importerCpu + after - before) * 1000 / pages;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  CPU: importer {importerCpu:F1} s + PostgreSQL {after - before:F1} s = {perPage:F2} ms per page ({1000 / perPage:F0} pages per CPU-second)"));
        }

        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    rates.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median: {rates[rates.Count / 2]:F0} pages/s over {runs} runs of {pages} pages"));
    return 0;
}
finally
{
    if (cluster is not null)
    {
        await cluster.DisposeAsync();
    }

    Directory.Delete(work, recursive: true);
}

static async Task ExecuteAsync(string server, string sql)
{
    await using var connection = new NpgsqlConnection(server);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}
