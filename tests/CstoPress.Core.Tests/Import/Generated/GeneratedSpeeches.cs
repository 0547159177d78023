using System.Globalization;
using CsCheck;

namespace CstoPress.Core.Tests.Import.Generated;

/// <summary>
/// The block that opens a speech on the old site: who speaks and to whom on two or three lines, the occasion
/// in brackets (date and place, either first), then the audience addressed, a paragraph a line.
/// </summary>
internal static class GeneratedSpeeches
{
    private static readonly string[] Occasions =
    [
        "to the Meeting of Secretaries of Security Councils", "at the Session of the Collective Security Council",
        "to the Conference on Information Security", "at the Meeting of the Council of Defence Ministers",
    ];

    private static readonly string[] Addressees =
        ["Dear colleagues!", "Dear friends!", "Dear meeting participants!", "Ladies and gentlemen!", "Distinguished guests!"];

    private static readonly string[] RussianAddressees = ["Уважаемые коллеги!", "Дорогие друзья!", "Уважаемые участники совещания!"];

    private static readonly string[] Places = ["Moscow", "Minsk", "Dushanbe", "Yerevan"];

    public static Gen<string[]> Header(bool russian) =>
        from speechLine in Gen.Bool
        from occasion in Gen.OneOf(Occasions)
        from delivered in Gen.DateOnly[new DateOnly(2004, 1, 1), new DateOnly(2024, 6, 30)]
        from place in Gen.OneOf(Places)
        from placeFirst in Gen.Bool
        from audience in Gen.OneOf(russian ? RussianAddressees : Addressees).Array[1, 3]
        let heading = (speechLine ? "Speech\n" : "") + "of the CSTO Secretary General\n" + occasion
        let date = delivered.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
        select (string[])[heading, placeFirst ? $"({place}, {date})" : $"({date}, {place})", .. audience.Distinct()];
}
