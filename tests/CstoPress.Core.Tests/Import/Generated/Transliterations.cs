using System.Text;
using CsCheck;

namespace CstoPress.Core.Tests.Import.Generated;

/// <summary>
/// A Russian name written in Latin letters in any of the ways the archive's signatures have used: й as y, i or j;
/// е as e or ye; ё as e or yo; х as kh, h or x; ц as ts, tz or c; ю as yu, iu or ju; я as ya, ia or ja; щ as shch
/// or sch; кс as ks or x; ь left out or written '; a doubled letter written once or twice.
/// </summary>
internal static class Transliterations
{
    private static readonly Dictionary<char, string[]> Ways = new()
    {
        ['а'] = ["a"], ['б'] = ["b"], ['в'] = ["v"], ['г'] = ["g"], ['д'] = ["d"], ['е'] = ["e", "ye"], ['ё'] = ["e", "yo"],
        ['ж'] = ["zh"], ['з'] = ["z"], ['и'] = ["i"], ['й'] = ["y", "i", "j"], ['к'] = ["k"], ['л'] = ["l"], ['м'] = ["m"],
        ['н'] = ["n"], ['о'] = ["o"], ['п'] = ["p"], ['р'] = ["r"], ['с'] = ["s"], ['т'] = ["t"], ['у'] = ["u"],
        ['ф'] = ["f"], ['х'] = ["kh", "h", "x"], ['ц'] = ["ts", "tz", "c"], ['ч'] = ["ch"], ['ш'] = ["sh"],
        ['щ'] = ["shch", "sch"], ['ъ'] = [""], ['ы'] = ["y"], ['ь'] = ["", "'"], ['э'] = ["e"],
        ['ю'] = ["yu", "iu", "ju"], ['я'] = ["ya", "ia", "ja"],
    };

    private const string Vowels = "аеёиоуыэюяьъ";

    /// <summary>One spelling of <paramref name="word"/> (a capitalised Cyrillic word), the choices shrinking to the plainest.</summary>
    public static Gen<string> Of(string word) =>
        Gen.Int[0, 2].Array[word.Length].Select(choices => Write(word, choices));

    public static string Write(string word, int[] choices)
    {
        var lower = word.ToLowerInvariant();
        var latin = new StringBuilder(lower.Length + 4);
        for (var i = 0; i < lower.Length; i++)
        {
            var letter = lower[i];
            var choice = choices[i];
            if (i > 0 && letter == lower[i - 1] && choice == 1)
            {
                continue;
            }

            if (letter == 'к' && i + 1 < lower.Length && lower[i + 1] == 'с' && choice == 2)
            {
                latin.Append('x');
                i++;
                continue;
            }

            latin.Append(WayOf(lower, i, choice));
        }

        return latin.Length == 0 ? "" : char.ToUpperInvariant(latin[0]) + latin.ToString(1, latin.Length - 1);
    }

    /// <summary>е is written ye only where it is said so: at the start of a word and after a vowel or a sign.</summary>
    private static string WayOf(string word, int at, int choice)
    {
        var ways = Ways.GetValueOrDefault(word[at]) ?? [word[at].ToString()];
        if (word[at] == 'е' && at > 0 && !Vowels.Contains(word[at - 1], StringComparison.Ordinal))
        {
            return "e";
        }

        return ways[choice % ways.Length];
    }
}
