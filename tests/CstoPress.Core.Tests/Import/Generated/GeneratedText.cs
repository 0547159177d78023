using CsCheck;

namespace CstoPress.Core.Tests.Import.Generated;

/// <summary>
/// Sentences and paragraphs of the kind the press office wrote, in English and in Russian, from a vocabulary of
/// our own. A paragraph may open with a capital, a lower-case letter, a digit or a quotation mark, as the saved
/// pages do once a photo name has been run into them.
/// </summary>
internal static class GeneratedText
{
    /// <summary>The words of one language's sentences: who did what, with what, where and on which day of which month.</summary>
    private sealed record Vocabulary(string[] Subjects, string[] Actions, string[] Objects, string[] Places, string[] Months, string On);

    private static readonly Vocabulary English = new(
        [
            "The delegation of the Secretariat", "Experts of the member States", "The working group on peacekeeping",
            "Representatives of the ministries of defence", "The Council of Foreign Ministers", "The heads of the press services",
            "Participants of the training session", "The Secretary General of the Organization", "Officers of the joint staff",
        ],
        ["discussed", "agreed on", "reviewed", "approved", "prepared", "presented", "took note of", "returned to"],
        [
            "the plan of joint exercises", "the exchange of information on migration flows", "measures against drug trafficking",
            "the training of peacekeeping personnel", "a common calendar of events", "the draft programme of cooperation",
            "the results of the border operation", "questions of information security", "the report of the expert group",
        ],
        ["in Minsk", "in Yerevan", "in Astana", "in Bishkek", "in Dushanbe", "in Moscow", "in Almaty", "in Gomel"],
        ["January", "March", "May", "June", "September", "October", "November", "December"],
        "on ");

    private static readonly Vocabulary Russian = new(
        ["Члены делегации Секретариата", "Эксперты государств-членов", "Члены рабочей группы по миротворчеству", "Участники совещания"],
        ["обсудили", "согласовали", "рассмотрели", "одобрили"],
        ["план совместных учений", "обмен информацией о миграции", "меры против наркотрафика", "проект программы сотрудничества"],
        ["в Минске", "в Ереване", "в Астане", "в Бишкеке", "в Душанбе", "в Москве"],
        ["января", "марта", "мая", "июня", "сентября", "октября", "ноября", "декабря"],
        "");

    public static readonly Gen<string> EnglishSentence = Sentence(English);

    public static readonly Gen<string> RussianSentence = Sentence(Russian);

    private static Gen<string> Sentence(Vocabulary words) =>
        from subject in Gen.OneOf(words.Subjects)
        from action in Gen.OneOf(words.Actions)
        from thing in Gen.OneOf(words.Objects)
        from place in Gen.OneOf(words.Places)
        from day in Gen.Int[1, 28]
        from month in Gen.OneOf(words.Months)
        select $"{subject} {action} {thing} {place} {words.On}{day} {month}.";

    /// <summary>A paragraph of one to three sentences, on one line or two, opening in one of the ways pages open.</summary>
    public static Gen<string[]> Paragraph(bool russian) =>
        from sentences in (russian ? RussianSentence : EnglishSentence).Array[1, 3]
        from opening in Gen.Int[0, 7]
        from quote in Gen.OneOf("\"", "«", "“")
        from twoLines in Gen.Int[0, 4]
        let text = Opened(string.Join(' ', sentences), opening, quote, russian)
        select twoLines == 0 && sentences.Length > 1 ? (string[])[Opened(sentences[0], opening, quote, russian), .. sentences[1..]] : [text];

    private static string Opened(string text, int opening, string quote, bool russian) => opening switch
    {
        1 => char.ToLowerInvariant(text[0]) + text[1..],
        2 => (russian ? "12 марта " : "12 March, ") + char.ToLowerInvariant(text[0]) + text[1..],
        3 => "2024 " + (russian ? "год: " : "in brief: ") + text,
        4 => quote + text.TrimEnd('.') + Closing(quote) + (russian ? ", - сообщили в Секретариате." : ", the Secretariat said."),
        _ => text,
    };

    private static string Closing(string quote) => quote switch
    {
        "«" => "»",
        "“" => "”",
        _ => "\"",
    };
}
