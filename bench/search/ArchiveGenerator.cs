using CstoPress.Core.People;
using CstoPress.Core.Publications;
using CstoPress.Data;
using Microsoft.EntityFrameworkCore;

namespace CstoPress.Bench.Search;

/// <summary>
/// Fills a database with a generated archive: the sections, three people with their spellings, and
/// publications written from <see cref="Vocabulary"/> by PostgreSQL itself (INSERT … SELECT over
/// generate_series, in batches), half in English, half in Russian, one an hour back in time: words of
/// the register, a place or an exercise name now and then, and rare words of a long tail.
/// Every 50th is a speech by one of the people, its title naming him.
/// </summary>
public static class ArchiveGenerator
{
    private const int Batch = 10_000;

    /// <summary>The sections and the three people the generated archive is filed under and speaks of.</summary>
    public static async Task<(Section[] Sections, Person[] People)> AddCatalogAsync(CstoPressDbContext db)
    {
        var sections = new[]
        {
            new Section { Slug = "news", Name = "News", NameRu = "Новости", Order = 1 },
            new Section { Slug = "secretary-general", Name = "Secretary General", NameRu = "Генеральный секретарь", Order = 2 },
            new Section { Slug = "statements", Name = "Statements", NameRu = "Заявления", Order = 3 },
            new Section { Slug = "documents", Name = "Documents", NameRu = "Документы", Order = 4 },
            new Section { Slug = "interviews", Name = "Interviews", NameRu = "Интервью", Order = 5 },
        };
        var people = new[]
        {
            new Person { Slug = "valery-semerikov", Name = "Valery Semerikov", NameRu = "Валерий Семериков", NameVariants = ["Valeriy Semerikov", "Семериков"] },
            new Person { Slug = "stanislav-zas", Name = "Stanislav Zas", NameRu = "Станислав Зась", NameVariants = ["Stanislav Zass", "Зась"] },
            new Person { Slug = "imangali-tasmagambetov", Name = "Imangali Tasmagambetov", NameRu = "Имангали Тасмагамбетов", NameVariants = ["Tasmagambetov", "Тасмагамбетов"] },
        };
        db.Sections.AddRange(sections);
        db.People.AddRange(people);
        await db.SaveChangesAsync();
        return (sections, people);
    }

    public static async Task GenerateAsync(CstoPressDbContext db, int count)
    {
        var (sections, people) = await AddCatalogAsync(db);
        var sectionIds = sections.Select(s => s.Id).ToArray();
        var speakerIds = people.Select(p => p.Id).ToArray();
        var speakerNames = people.Select(p => p.Name).ToArray();
        var speakerNamesRu = people.Select(p => p.NameRu!).ToArray();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        for (var from = 1; from <= count; from += Batch)
        {
            var to = Math.Min(count, from + Batch - 1);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO publications (kind, section_id, language, title, slug, lead, body, published_at, status,
                                          source_is_our_translation, awaits_approval, created_at, updated_at, speech_speaker_id)
                SELECT CASE WHEN g % 50 = 0 THEN 'Speech'
                            ELSE (ARRAY['News', 'PressRelease', 'Statement', 'Interview', 'Resolution'])[1 + g % 5] END,
                       ({sectionIds})[1 + g % cardinality({sectionIds})],
                       CASE WHEN g % 2 = 0 THEN 'ru' ELSE 'en' END,
                       CASE WHEN g % 50 = 0
                            THEN (CASE WHEN g % 2 = 0 THEN {speakerNamesRu} ELSE {speakerNames} END)[1 + (g / 50) % 3] || ': '
                            ELSE '' END
                           || initcap(words.title),
                       'bench-' || g,
                       words.lead,
                       words.body,
                       now() - g * interval '1 hour',
                       'Published', false, false, now(), now(),
                       CASE WHEN g % 50 = 0 THEN ({speakerIds})[1 + (g / 50) % 3] END
                FROM generate_series({from}, {to}) AS g
                CROSS JOIN LATERAL (
                    SELECT CASE WHEN g % 2 = 0 THEN {Vocabulary.Russian} ELSE {Vocabulary.English} END AS list,
                           CASE WHEN g % 2 = 0 THEN {Vocabulary.RussianNames} ELSE {Vocabulary.EnglishNames} END AS names,
                           CASE WHEN g % 2 = 0 THEN {Vocabulary.CyrillicSyllables} ELSE {Vocabulary.LatinSyllables} END AS syllables
                ) AS vocabulary
                CROSS JOIN LATERAL (
                    SELECT string_agg(word, ' ' ORDER BY n) FILTER (WHERE n <= 7) AS title,
                           string_agg(word, ' ' ORDER BY n) FILTER (WHERE n > 7 AND n <= 32) AS lead,
                           string_agg(word, ' ' ORDER BY n) FILTER (WHERE n > 32) AS body
                    FROM (
                        SELECT n,
                               CASE WHEN n IN (5, 20, 60, 130, 190)
                                        THEN vocabulary.names[1 + floor(random() * cardinality(vocabulary.names))::int]
                                    WHEN n % 15 = 0
                                        THEN vocabulary.syllables[1 + floor(random() * 16)::int] || vocabulary.syllables[1 + floor(random() * 16)::int]
                                             || vocabulary.syllables[1 + floor(random() * 16)::int] || vocabulary.syllables[1 + floor(random() * 16)::int]
                                    ELSE vocabulary.list[1 + floor(power(random(), 2.5) * cardinality(vocabulary.list))::int]
                               END AS word
                        FROM generate_series(1, 212) AS n
                        WHERE g > 0
                    ) AS drawn
                ) AS words
                """);
            Console.Write($"\r  {to:N0} of {count:N0} publications");
        }

        Console.WriteLine();
        // What autovacuum does to a freshly loaded table within minutes: without it every read would first
        // set the rows' hint bits, and the date index could not answer from the index alone.
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
    }
}
