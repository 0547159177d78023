using System.Diagnostics;
using System.Globalization;
using CstoPress.Bench.Search;
using CstoPress.Core.Publications;
using CstoPress.Core.Search;
using CstoPress.Data;
using CstoPress.Data.Search;
using CstoPress.LocalPostgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

// Measures the archive search: generates an archive of publications in a private PostgreSQL cluster
// (or in the empty database named by CSTOPRESS_BENCH_DB), then times SearchRepository.SearchAsync, the call
// the search page and the API make, over a mix of queries, and prints p50 and p99 per round and their medians.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
const int Rounds = 5;
const int RepeatsPerRound = 10;

LocalPostgresCluster? cluster = null;
var folder = Path.Combine(Path.GetTempPath(), $"cstopress-bench-search-{Environment.ProcessId}");
string connectionString;
if (Environment.GetEnvironmentVariable("CSTOPRESS_BENCH_DB") is { Length: > 0 } configured)
{
    connectionString = configured;
}
else
{
    Console.WriteLine("Starting a private PostgreSQL cluster on 127.0.0.1…");
    cluster = await LocalPostgresCluster.StartAsync(folder, NullLogger.Instance);
    connectionString = cluster.ConnectionString();
}

try
{
    var builder = new DbContextOptionsBuilder<CstoPressDbContext>();
    builder.UseCstoPressDatabase(connectionString);
    var options = builder.Options;
    await using (var db = new CstoPressDbContext(options))
    {
        await db.MigrateAsync();
        var existing = await db.Publications.CountAsync();
        if (existing > 0)
        {
            // A database given with CSTOPRESS_BENCH_DB that a previous run filled: measure it again as it is.
            count = existing;
            Console.WriteLine($"Measuring the archive already there: {count:N0} publications.");
        }
        else
        {
            Console.WriteLine($"Generating {count:N0} publications…");
            var generation = Stopwatch.StartNew();
            await ArchiveGenerator.GenerateAsync(db, count);
            Console.WriteLine($"Generated in {generation.Elapsed.TotalSeconds:F0} s.");
        }
    }

    var pressOffice = PressOfficeTime.FromZoneId(null);
    int SectionId(string slug)
    {
        using var db = new CstoPressDbContext(options);
        return db.Sections.Single(s => s.Slug == slug).Id;
    }

    // What readers and journalists type: names, places, exercises, topics, a phrase, an exclusion, with and without filters.
    var queries = new (string Text, SearchFilter Filter)[]
    {
        ("Zass", new SearchFilter()),
        ("Tasmagambetov", new SearchFilter()),
        ("Зась", new SearchFilter { Language = ContentLanguage.Ru }),
        ("Rubezh exercise", new SearchFilter()),
        ("учения Рубеж", new SearchFilter { Language = ContentLanguage.Ru }),
        ("Samarkand", new SearchFilter { Year = DateTimeOffset.UtcNow.Year - 2 }),
        ("Самарканде", new SearchFilter { Kind = PublicationKind.Statement }),
        ("Dushanbe peacekeeping", new SearchFilter()),
        ("\"peacekeeping operations\"", new SearchFilter()),
        ("ministers -defence", new SearchFilter { SectionId = SectionId("statements") }),
        ("humanitarian convoy", new SearchFilter { Language = ContentLanguage.En }),
        ("earthquake relief Armenia", new SearchFilter()),
        ("безопасности", new SearchFilter()),
        ("collective security treaty", new SearchFilter()),
        ("kalomintur", new SearchFilter()),
        ("каломинтур", new SearchFilter()),
    };

    async Task<double> TimeAsync((string Text, SearchFilter Filter) query, SearchCursor? cursor = null)
    {
        SearchText.Read(query.Text, out var text);
        var watch = Stopwatch.StartNew();
        // A new context per search, as a request has.
        await using var db = new CstoPressDbContext(options);
        var results = await new SearchRepository(db, TimeProvider.System, pressOffice).SearchAsync(text, query.Filter, cursor, 10);
        watch.Stop();
        return results.Total >= 0 ? watch.Elapsed.TotalMilliseconds : double.NaN;
    }

    Console.WriteLine();
    Console.WriteLine("Matches per query (first page):");
    foreach (var query in queries)
    {
        SearchText.Read(query.Text, out var text);
        await using var db = new CstoPressDbContext(options);
        var results = await new SearchRepository(db, TimeProvider.System, pressOffice).SearchAsync(text, query.Filter, null, 10);
        Console.WriteLine($"  {results.Total,7:N0}  {query.Text}{(query.Filter.IsEmpty ? "" : "  (filtered)")}");
    }

    var perQuery = queries.ToDictionary(q => q.Text, _ => new List<double>());
    var roundP50 = new List<double>();
    var roundP99 = new List<double>();
    for (var round = 1; round <= Rounds; round++)
    {
        var timings = new List<double>();
        for (var repeat = 0; repeat < RepeatsPerRound; repeat++)
        {
            foreach (var query in queries)
            {
                var ms = await TimeAsync(query);
                timings.Add(ms);
                perQuery[query.Text].Add(ms);
            }
        }

        roundP50.Add(Percentile(timings, 0.50));
        roundP99.Add(Percentile(timings, 0.99));
        Console.WriteLine($"Round {round}: {timings.Count} searches, p50 {roundP50[^1]:F1} ms, p99 {roundP99[^1]:F1} ms");
    }

    var secondPage = new List<double>();
    for (var i = 0; i < RepeatsPerRound; i++)
    {
        secondPage.Add(await TimeAsync(queries[^3], new SearchCursor(10)));
    }

    Console.WriteLine();
    Console.WriteLine("Median per query (ms):");
    foreach (var (text, timings) in perQuery)
    {
        Console.WriteLine($"  {Percentile(timings, 0.5),7:F1}  {text}");
    }

    Console.WriteLine($"  {Percentile(secondPage, 0.5),7:F1}  {queries[^3].Text}, second page");
    Console.WriteLine();
    Console.WriteLine($"Archive of {count:N0} publications, {queries.Length} queries × {RepeatsPerRound} × {Rounds} rounds");
    Console.WriteLine($"p50 {Percentile(roundP50, 0.5):F1} ms   p99 {Percentile(roundP99, 0.5):F1} ms   (median of {Rounds} rounds; target p50 < 20 ms)");
    return 0;
}
finally
{
    if (cluster is not null)
    {
        await cluster.StopAsync();
        Directory.Delete(folder, recursive: true);
    }
}

static double Percentile(List<double> values, double fraction)
{
    var sorted = values.Order().ToList();
    var index = (int)Math.Ceiling(fraction * sorted.Count) - 1;
    return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
}
