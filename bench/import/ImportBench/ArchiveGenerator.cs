using System.Globalization;
using System.Text;

namespace ImportBench;

/// <summary>
/// Writes pages in the old site's saved format from a fixed vocabulary of our own: the teaser block
/// (changing every 250 pages, as the site's latest items did), title, dated title line, body, photos,
/// speech headers, Russian dispatches, signatures in several spellings and the navigation lines.
/// </summary>
internal static class ArchiveGenerator
{
    private static readonly string[] Words =
    [
        "the", "member", "States", "Secretariat", "meeting", "cooperation", "security", "regional", "joint", "exercise",
        "council", "delegation", "experts", "discussed", "agreed", "plan", "information", "exchange", "training", "peacekeeping",
        "forces", "ministers", "session", "programme", "partners", "questions", "border", "stability", "measures", "support",
        "annual", "report", "working", "group", "consultations", "practice", "press", "service", "journalists", "Organization",
    ];

    private static readonly string[] RussianWords =
    [
        "государства", "члены", "Секретариат", "встреча", "сотрудничество", "безопасность", "совместные", "учения",
        "совет", "делегация", "эксперты", "обсудили", "согласовали", "план", "информация", "обмен",
    ];

    private static readonly string[] Signatures =
    [
        "The CSTO Press Secretary Ilya Zaynullin\n+7495-000-12-34 -tel",
        "Press Secretary of the CSTO I. Zainullin, tel.: +7 (495) 000 12 34, e-mail: press@example.org",
        "Пресс-секретарь ОДКБ Илья Зайнуллин\n8 (495) 000-12-34",
    ];

    public static void Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(20240726);
        string teasers = "";
        for (var i = 0; i < count; i++)
        {
            if (i % 250 == 0)
            {
                teasers = string.Join("\n\n\n", Enumerable.Range(0, 4).Select(_ => Sentence(random, 30) + " (teaser)"));
            }

            File.WriteAllText(Path.Combine(folder, $"{i:D5}_page.txt"), Page(random, teasers, i), Encoding.UTF8);
        }
    }

    private static string Page(Random random, string teasers, int number)
    {
        var page = new StringBuilder();
        page.Append('\n').Append(teasers).Append("\n\n");
        var speech = number % 10 == 3;
        var title = (speech ? "The Secretary General spoke at the session on " : "") + Sentence(random, 10).TrimEnd('.') + $" ({number})";
        var date = new DateOnly(2005, 1, 1).AddDays(random.Next(0, 7000));
        page.Append(title).Append("\n\n");
        if (number % 10 != 7)
        {
            page.Append(title).Append(' ').Append(date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)).Append("\n\n");
        }

        if (speech)
        {
            page.Append("\nof the CSTO Secretary General\nto the session of the working group\n\n(")
                .Append(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append(", Moscow)\n\n\nDear colleagues!\n\n");
        }

        if (number % 10 == 5)
        {
            page.Append("Москва, 3 марта - РИА Новости. ").Append(string.Join(' ', Enumerable.Range(0, 40).Select(_ => RussianWords[random.Next(RussianWords.Length)]))).Append(".\n\n");
        }

        var paragraphs = random.Next(6, 12);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p == 1 && number % 3 == 0)
            {
                page.Append(CultureInfo.InvariantCulture, $"IMG_{number:D4}.jpg");
            }

            page.Append(Sentence(random, 40)).Append(' ').Append(Sentence(random, 25)).Append("\n\n");
        }

        if (number % 4 != 0)
        {
            page.Append(Signatures[number % Signatures.Length]).Append("\n\n");
        }

        page.Append("Go back\n\nBack to the section\n\nBack to the all news");
        return page.ToString();
    }

    private static string Sentence(Random random, int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }
}
