namespace CstoPress.Web.Journalists;

/// <summary>
/// The press office's embargo terms, shown in full on the request form in the page's language. A
/// journalist accepts one <see cref="Version"/>, kept with the time of accepting: give the terms a new
/// version whenever their text changes, so that what each journalist agreed to can still be told.
/// </summary>
public static class EmbargoTerms
{
    public const string Version = "2026-12";

    public static IReadOnlyList<string> Paragraphs(ContentLanguage language) => language == ContentLanguage.Ru ? Russian : English;

    private static readonly string[] English =
    [
        "Accredited journalists receive some statements, speeches and documents of the CSTO before they are published (embargoed items), so that they can prepare their reporting. Each embargoed item states the time at which its embargo ends.",
        "Until that time nothing of an embargoed item may be published, broadcast, posted online or shared on social networks, in whole or in part, quoted or summarised, and its existence may not be reported.",
        "You may share an embargoed item only with colleagues of your own editorial office who need it to prepare the report and who keep to these terms. You remain responsible for its use.",
        "An embargo ends at the time stated on the item, shown in Moscow time and, if you set one, in your own time zone. The press office may move or lift an embargo; the new time applies from the moment it is announced.",
        "Every embargoed item carries your personal recipient code, so that a copy passed on tells whose it was. Your personal feed address is for you alone: do not share it, and make a new one if someone else may have seen it.",
        "If an embargo is broken, the press office revokes the accreditation at once and may inform your editorial office. A revoked accreditation closes the embargoed items and the personal feed.",
        "The press office keeps the details of your request (name, outlet, position, country, work e-mail address), the version of these terms you accepted and when, and a record of the embargoed items you opened, for as long as it needs them to manage accreditation.",
    ];

    private static readonly string[] Russian =
    [
        "Аккредитованные журналисты получают некоторые заявления, выступления и документы ОДКБ до их публикации (материалы под эмбарго), чтобы заранее подготовить свои материалы. В каждом материале под эмбарго указано время окончания эмбарго.",
        "До этого времени материал под эмбарго нельзя публиковать, передавать в эфир, размещать в интернете или в социальных сетях ни целиком, ни частично, ни в виде цитат или пересказа; нельзя также сообщать о самом его существовании.",
        "Материалом под эмбарго можно делиться только с коллегами из своей редакции, которым он нужен для подготовки материала и которые соблюдают эти условия. Ответственность за его использование остаётся на вас.",
        "Эмбарго заканчивается во время, указанное в материале, по московскому времени и, если вы его выбрали, в вашем часовом поясе. Пресс-служба может перенести или снять эмбарго; новое время действует с момента объявления.",
        "Каждый материал под эмбарго содержит ваш личный код получателя, поэтому переданная дальше копия показывает, чья она. Адрес вашей личной ленты предназначен только для вас: не передавайте его и создайте новый, если его мог увидеть кто-то другой.",
        "При нарушении эмбарго пресс-служба немедленно отзывает аккредитацию и может сообщить об этом в вашу редакцию. После отзыва аккредитации материалы под эмбарго и личная лента закрываются.",
        "Пресс-служба хранит данные вашего запроса (имя, издание, должность, страна, рабочий адрес электронной почты), версию принятых вами условий и время их принятия, а также сведения о том, какие материалы под эмбарго вы открывали, столько, сколько это нужно для ведения аккредитации.",
    ];
}
