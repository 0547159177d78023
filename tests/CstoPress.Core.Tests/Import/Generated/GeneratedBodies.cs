using CsCheck;

namespace CstoPress.Core.Tests.Import.Generated;

/// <summary>The kinds of item the generated archive holds, each with the text that makes it that kind.</summary>
internal enum GeneratedKind
{
    News,
    Speech,
    DispatchWithTranslation,
    Russian,
}

/// <summary>
/// The item's own text under its head, paragraph by paragraph (each a list of lines): a speech opens with its
/// header, an agency dispatch in Russian comes before its English translation, and now and then the text itself
/// names the press secretary, which must not be taken for the signature.
/// </summary>
internal static class GeneratedBodies
{
    private static readonly string[] Agencies = ["РИА Новости", "ТАСС", "БелТА", "Кабар"];

    public static Gen<List<string[]>> For(GeneratedKind kind) =>
        from speech in kind == GeneratedKind.Speech ? GeneratedSpeeches.Header(false) : Gen.Const(Array.Empty<string>())
        from dispatch in kind == GeneratedKind.DispatchWithTranslation ? Dispatch : Gen.Const(new List<string[]>())
        from own in GeneratedText.Paragraph(kind == GeneratedKind.Russian).Array[1, 5]
        from mention in Gen.Frequency((5, Gen.Const((string?)null)), (1, Mention(kind == GeneratedKind.Russian).Select(m => (string?)m)))
        select (List<string[]>)
        [
            .. speech.Select(p => p.Split('\n')), .. dispatch, .. own, .. mention is null ? [] : new[] { new[] { mention } },
        ];

    private static Gen<List<string[]>> Dispatch =>
        from agency in Gen.OneOf(Agencies)
        from day in Gen.Int[1, 28]
        from first in GeneratedText.RussianSentence
        from rest in GeneratedText.Paragraph(true).Array[0, 2]
        select (List<string[]>)[[$"Москва, {day} марта - {agency}. {first}"], .. rest];

    private static Gen<string> Mention(bool russian) =>
        from person in Gen.OneOf([.. GeneratedPerson.PressOffice])
        from name in russian ? person.CyrillicName : person.LatinName
        from sentence in russian ? GeneratedText.RussianSentence : GeneratedText.EnglishSentence
        select russian
            ? $"Пресс-секретарь ОДКБ {name} сообщил журналистам, что {char.ToLowerInvariant(sentence[0])}{sentence[1..]}"
            : $"The CSTO Press Secretary {name} told journalists that {char.ToLowerInvariant(sentence[0])}{sentence[1..]}";
}
