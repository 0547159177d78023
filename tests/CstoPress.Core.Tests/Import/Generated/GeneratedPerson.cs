using CsCheck;

namespace CstoPress.Core.Tests.Import.Generated;

/// <summary>
/// A press secretary of the generated archive, written in Cyrillic; the pages sign with any spelling of the name.
/// The names are made up for the tests and chosen for the letters that transliterations disagree on.
/// </summary>
internal sealed record GeneratedPerson(string FirstName, string Patronymic, string Surname, string PhoneDigits, string Email)
{
    public static readonly IReadOnlyList<GeneratedPerson> PressOffice =
    [
        new("Илья", "Алексеевич", "Зайнуллин", "4950001234", "zainullin@csto.example"),
        new("Юрий", "Петрович", "Щербаков", "4950002345", "shcherbakov@csto.example"),
        new("Яна", "Юрьевна", "Ёлкина", "4950003456", "yolkina@csto.example"),
        new("Вадим", "Ильич", "Хуснутдинов", "4990004567", "press@csto.example"),
        new("Евгений", "Сергеевич", "Цыганков", "4950005678", "tsygankov@csto.example"),
        new("Ксения", "Андреевна", "Дмитриева", "4950006789", "dmitrieva@csto.example"),
        new("Артём", "Олегович", "Кудрявцев", "4990007890", "kudryavtsev@csto.example"),
        new("Юлия", "Фёдоровна", "Юсупова", "4950008901", "yusupova@csto.example"),
        new("Алексей", "Ефимович", "Максимов", "4950009012", "maksimov@csto.example"),
        new("Наталья", "Ивановна", "Пьянкова", "4950000123", "pyankova@csto.example"),
    ];

    /// <summary>The name as a signature in English prints it: full, with initials, surname first or in capitals.</summary>
    public Gen<string> LatinName =>
        from first in Transliterations.Of(FirstName)
        from patronymic in Transliterations.Of(Patronymic)
        from surname in Transliterations.Of(Surname)
        from initials in Gen.Int[0, 2].Array[2]
        from form in Gen.Int[0, 6]
        select Form(
            form, (first, Transliterations.Write(FirstName[..1], [initials[0]])),
            (patronymic, Transliterations.Write(Patronymic[..1], [initials[1]])), surname);

    /// <summary>The name as a Russian signature prints it.</summary>
    public Gen<string> CyrillicName =>
        Gen.Int[0, 6].Select(form => Form(form, (FirstName, FirstName[..1]), (Patronymic, Patronymic[..1]), Surname));

    /// <summary>The name in one of the ways signatures print it; an initial is the first letter's sound ("Yu." for Юрий).</summary>
    private static string Form(int form, (string Name, string Initial) first, (string Name, string Initial) patronymic, string surname) => form switch
    {
        0 => $"{first.Name} {surname}",
        1 => $"{first.Initial}. {surname}",
        2 => $"{first.Initial}.{patronymic.Initial}. {surname}",
        3 => $"{surname} {first.Initial}.{patronymic.Initial}.",
        4 => $"{first.Name} {surname.ToUpperInvariant()}",
        5 => $"{first.Name} {patronymic.Name} {surname}",
        _ => $"{first.Name.ToUpperInvariant()} {surname.ToUpperInvariant()}",
    };
}
