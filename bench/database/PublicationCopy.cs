using System.Text;
using CstoPress.Bench.Search;
using CstoPress.Core.Publications;
using CstoPress.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CstoPress.Bench.Database;

/// <summary>
/// Writes generated publications with COPY, the fastest way into PostgreSQL: the same texts as the search
/// benchmark's archive (<see cref="Vocabulary"/>: common words far more often than others, a place or an exercise
/// now and then, rare words of a long tail), drawn here rather than in SQL so that a million rows stream in one
/// command. Half English, half Russian, one an hour back in time; every 50th a speech by one of the people.
/// </summary>
public static class PublicationCopy
{
    private const int WordsPerItem = 212;
    private const int TitleWords = 7;
    private const int LeadWords = 25;
    private const int WordsPerParagraph = 45;
    private static readonly string[] Kinds = ["News", "PressRelease", "Statement", "Interview", "Resolution"];
    private static readonly int[] NameAt = [5, 20, 60, 130, 190];

    public static async Task FillAsync(CstoPressDbContext db, int count, Action<int> progress)
    {
        var (sections, people) = await ArchiveGenerator.AddCatalogAsync(db);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var now = DateTime.UtcNow;
        await using (var writer = await connection.BeginBinaryImportAsync(
            """
            COPY publications (kind, section_id, language, title, slug, lead, body, body_html, published_at, status,
                               source_is_our_translation, awaits_approval, created_at, updated_at, speech_speaker_id)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            // Completing a COPY of a million rows (the full-text index's pending entries) takes minutes, not the
            // connection's 30 s.
            writer.Timeout = TimeSpan.FromHours(1);
            for (var g = 1; g <= count; g++)
            {
                var random = new Random(g);
                var russian = g % 2 == 0;
                var speaker = g % 50 == 0 ? people[g / 50 % people.Length] : null;
                var words = Words(random, russian);
                var title = string.Join(' ', words.Take(TitleWords).Select(Capitalized));
                await writer.StartRowAsync();
                await writer.WriteAsync(speaker is null ? Kinds[g % Kinds.Length] : "Speech", NpgsqlDbType.Varchar);
                await writer.WriteAsync(sections[g % sections.Length].Id, NpgsqlDbType.Integer);
                await writer.WriteAsync(russian ? "ru" : "en", NpgsqlDbType.Varchar);
                await writer.WriteAsync(speaker is null ? title : $"{(russian ? speaker.NameRu : speaker.Name)}: {title}", NpgsqlDbType.Varchar);
                await writer.WriteAsync($"bench-{g}", NpgsqlDbType.Varchar);
                await writer.WriteAsync(string.Join(' ', words.Skip(TitleWords).Take(LeadWords)), NpgsqlDbType.Varchar);
                var body = Body(words.Skip(TitleWords + LeadWords).ToList());
                await writer.WriteAsync(body, NpgsqlDbType.Text);
                // Rendered as a save renders it: an UPDATE afterwards would compute every row's search vectors again.
                await writer.WriteAsync(PublicationBodies.Render(body, russian ? ContentLanguage.Ru : ContentLanguage.En), NpgsqlDbType.Text);
                await writer.WriteAsync(now.AddHours(-g), NpgsqlDbType.TimestampTz);
                await writer.WriteAsync("Published", NpgsqlDbType.Varchar);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
                if (speaker is null)
                {
                    await writer.WriteNullAsync();
                }
                else
                {
                    await writer.WriteAsync(speaker.Id, NpgsqlDbType.Integer);
                }

                if (g % 10_000 == 0)
                {
                    progress(g);
                }
            }

            await writer.CompleteAsync();
        }

        await db.Database.CloseConnectionAsync();
    }

    /// <summary>The words of one item, drawn as the search benchmark's SQL draws them.</summary>
    private static List<string> Words(Random random, bool russian)
    {
        var list = russian ? Vocabulary.Russian : Vocabulary.English;
        var names = russian ? Vocabulary.RussianNames : Vocabulary.EnglishNames;
        var syllables = russian ? Vocabulary.CyrillicSyllables : Vocabulary.LatinSyllables;
        var words = new List<string>(WordsPerItem);
        for (var n = 1; n <= WordsPerItem; n++)
        {
            if (NameAt.Contains(n))
            {
                words.Add(names[random.Next(names.Length)]);
            }
            else if (n % 15 == 0)
            {
                words.Add(string.Concat(Enumerable.Range(0, 4).Select(_ => syllables[random.Next(16)])));
            }
            else
            {
                words.Add(list[(int)Math.Floor(Math.Pow(random.NextDouble(), 2.5) * list.Length)]);
            }
        }

        return words;
    }

    /// <summary>The body in paragraphs, as editors write it, so that rendering it has paragraphs to make.</summary>
    private static string Body(List<string> words)
    {
        var body = new StringBuilder();
        for (var i = 0; i < words.Count; i += WordsPerParagraph)
        {
            body.Append(body.Length == 0 ? "" : "\n\n").AppendJoin(' ', words.Skip(i).Take(WordsPerParagraph)).Append('.');
        }

        return body.ToString();
    }

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
