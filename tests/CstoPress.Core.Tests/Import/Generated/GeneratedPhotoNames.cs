using System.Globalization;
using CsCheck;

namespace CstoPress.Core.Tests.Import.Generated;

/// <summary>
/// Photo file names as the cameras, phones, messengers and download folders of the press office wrote them:
/// with spaces, a copy number in parentheses, several dots, dashes and underscores, upper-case extensions and
/// Cyrillic words.
/// </summary>
internal static class GeneratedPhotoNames
{
    private static readonly string[] Extensions = ["jpg", "JPG", "jpeg", "JPEG", "png", "PNG", "heic", "HEIC", "webp"];

    private static readonly string[] CyrillicWords = ["Фото", "фото", "Встреча", "заседание", "Совет", "учения", "делегация"];

    private static readonly Gen<string> Stem =
        from style in Gen.Int[0, 14]
        from number in Gen.Int[1, 9999]
        from taken in Gen.DateTime[new DateTime(2005, 1, 1), new DateTime(2024, 12, 31)]
        from word in Gen.OneOf(CyrillicWords)
        select StemOf(style, number, taken, word);

    /// <summary>One name; the copy number a download folder adds to a second copy ("name (1).jpg") now and then.</summary>
    public static readonly Gen<string> Name =
        from stem in Stem
        from copy in Gen.Frequency((4, Gen.Const("")), (1, Gen.Int[1, 3].Select(n => $" ({n})")), (1, Gen.Int[1, 3].Select(n => $"({n})")))
        from extension in Gen.OneOf(Extensions)
        select $"{stem}{copy}.{extension}";

    private static string StemOf(int style, int number, DateTime taken, string word)
    {
        var day = taken.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var time = taken.ToString("HHmmss", CultureInfo.InvariantCulture);
        return style switch
        {
            0 => $"IMG_{number:D4}",
            1 => $"IMG_{day}_{time}",
            2 => $"IMG-{day}-WA{number % 1000:D4}",
            3 => $"WhatsApp Image {taken:yyyy-MM-dd} at {taken:HH.mm.ss}",
            4 => $"photo_{taken:yyyy-MM-dd}_{taken:HH-mm-ss}",
            5 => $"DSC_{number:D4}",
            6 => $"DSCN{number:D4}",
            7 => $"P10{number:D5}",
            8 => $"{day}_{time}",
            9 => $"Снимок экрана {taken:yyyy-MM-dd} в {taken:HH.mm.ss}",
            10 => $"{word} {number % 50}",
            11 => $"{word}_{word.ToLowerInvariant()}-{number % 100:D2}",
            12 => $"photo.{taken:yyyy.MM.dd}.{number % 100}",
            13 => $"{word} с заседания",
            _ => $"IMG {number:D4}",
        };
    }
}
