using System.Globalization;
using CsCheck;

namespace CstoPress.Core.Tests.Import.Generated;

/// <summary>The head of a page: its title lines as the site printed them, and the title and date they give.</summary>
internal sealed record GeneratedHead(IReadOnlyList<string> Paragraphs, string Title, DateOnly? Date);

/// <summary>
/// Title lines in the forms the site used: the title and then the title again with its date (dd.MM.yyyy as a
/// rule, a few pages d.M.yyyy or yyyy-MM-dd); the title with the date on a line of its own, in figures or in words
/// ("17 November 2021", "November 17, 2021", "17 ноября 2021 г."); the title with its date on one line; and the
/// title alone, which leaves the date to a person.
/// </summary>
internal static class GeneratedHeads
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    private static readonly string[] EnglishTopics =
    [
        "The CSTO Secretary General met the delegation of", "Consultations of experts on migration held in",
        "Joint exercise of the collective forces ended in", "Meeting of the press attachés of the member States in",
        "The working group on information security gathered in", "Staff of the Secretariat visited",
    ];

    private static readonly string[] RussianTopics =
        ["Генеральный секретарь ОДКБ встретился с делегацией", "Консультации экспертов по миграции прошли", "Совместные учения завершились"];

    private static readonly string[] Places = ["Minsk", "Yerevan", "Astana", "Bishkek", "Dushanbe", "Moscow"];

    private static readonly string[] RussianPlaces = ["в Минске", "в Ереване", "в Астане", "в Бишкеке", "в Душанбе"];

    public static Gen<GeneratedHead> For(bool russian) =>
        from topic in Gen.OneOf(russian ? RussianTopics : EnglishTopics)
        from place in Gen.OneOf(russian ? RussianPlaces : Places)
        from number in Gen.Int[1, 999]
        from date in Gen.DateOnly[new DateOnly(2004, 1, 1), new DateOnly(2024, 6, 30)]
        from form in Gen.Frequency((6, Gen.Const(0)), (2, Gen.Int[1, 2]), (2, Gen.Int[3, 5]), (1, Gen.Const(6)), (1, Gen.Const(7)))
        select Head($"{topic} {place} ({number})", date, form, russian);

    private static GeneratedHead Head(string title, DateOnly date, int form, bool russian)
    {
        string Written(string format) => date.ToString(format, CultureInfo.InvariantCulture);
        var inWords = russian ? date.ToString("d MMMM yyyy", Russian) + " г." : Written("d MMMM yyyy");
        var monthFirst = russian ? Written("dd.MM.yyyy") + " г." : Written("MMMM d, yyyy");
        string[] lines = form switch
        {
            0 => [title, $"{title} {Written("dd.MM.yyyy")}"],
            1 => [title, $"{title} {Written("d.M.yyyy")}"],
            2 => [title, $"{title} {Written("yyyy-MM-dd")}"],
            3 => [title, Written("dd.MM.yyyy")],
            4 => [title, inWords],
            5 => [title, monthFirst],
            6 => [$"{title} {Written("dd.MM.yyyy")}"],
            _ => [title],
        };
        return new GeneratedHead(lines, title, form < 7 ? date : null);
    }
}
