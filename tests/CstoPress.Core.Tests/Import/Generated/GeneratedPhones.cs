using CsCheck;

namespace CstoPress.Core.Tests.Import.Generated;

/// <summary>A Moscow number as the archive typed it: with +7, 8 or no country code, spaced, dashed or bracketed.</summary>
internal static class GeneratedPhones
{
    public static Gen<string> Of(string digits) =>
        from code in Gen.OneOf("+7 ", "+7", "8 ", "8-", "")
        from style in Gen.Int[0, 4]
        select code + Grouped(digits, style);

    /// <summary>The one way the portal writes the number: +7 495 000-12-34.</summary>
    public static string Written(string digits) => $"+7 {digits[..3]} {digits[3..6]}-{digits[6..8]}-{digits[8..]}";

    private static string Grouped(string digits, int style) => style switch
    {
        0 => $"({digits[..3]}) {digits[3..6]}-{digits[6..8]}-{digits[8..]}",
        1 => $"{digits[..3]}-{digits[3..6]}-{digits[6..8]}-{digits[8..]}",
        2 => $"{digits[..3]} {digits[3..6]} {digits[6..8]} {digits[8..]}",
        3 => $"({digits[..3]}) {digits[3..]}",
        _ => digits,
    };
}
