namespace CstoPress.Bench.Search;

/// <summary>
/// The words generated publications are written with, in the register of the press office's texts.
/// Words early in each list are drawn more often, as in real text, so common words match tens of
/// thousands of items and rare ones a few dozen. Russian words come in several grammatical forms,
/// so that stemming has work to do. Places and the names of exercises are drawn a few times per
/// publication, as in real dispatches, so they are rarer than the words of the register.
/// </summary>
public static class Vocabulary
{
    public static readonly string[] English =
    [
        "the", "of", "and", "in", "to", "on", "for", "with", "at", "by",
        "security", "collective", "organization", "treaty", "member", "states", "cooperation", "meeting", "council", "secretary",
        "general", "ministers", "defence", "foreign", "affairs", "session", "forces", "exercise", "joint", "regional",
        "delegation", "talks", "agreement", "signed", "discussed", "held", "visit", "press", "statement", "situation",
        "border", "borders", "terrorism", "extremism", "drug", "trafficking", "migration", "cyber", "information", "crisis",
        "response", "peacekeeping", "operations", "training", "command", "staff", "headquarters", "military", "political", "international",
        "partners", "united", "nations", "observers", "report", "plan", "programme", "strategy", "protocol", "decision",
        "summit", "heads", "parliamentary", "assembly", "committee", "working", "group", "experts", "consultations", "anniversary",
        "rapid", "deployment", "reaction", "air", "defence", "medical", "logistics", "engineering", "sappers", "drills",
        "stability", "threats", "challenges", "measures", "priorities", "implementation", "chairmanship", "presidency", "mandate", "budget",
        "journalists", "briefing", "interview", "answered", "questions", "noted", "stressed", "welcomed", "condemned", "supported",
        "humanitarian", "assistance", "refugees", "emergency", "earthquake", "flood", "relief", "supplies", "convoy", "aid",
        "academy", "graduates", "cadets", "officers", "veterans", "memorial", "victory", "ceremony", "wreath", "tribute",
        "cybersecurity", "biological", "chemical", "nuclear", "weapons", "proliferation", "arms", "control", "verification", "inspection",
        "diplomatic", "ambassador", "envoy", "representative", "permanent", "mission", "consulate", "embassy", "accreditation", "credentials",
    ];

    public static readonly string[] Russian =
    [
        "и", "в", "на", "с", "по", "о", "для", "при", "к", "от",
        "безопасность", "безопасности", "коллективной", "коллективная", "организация", "организации", "договора", "договор", "государства", "государств",
        "сотрудничество", "сотрудничества", "заседание", "заседании", "совет", "совета", "генеральный", "генерального", "секретарь", "секретаря",
        "министры", "министров", "обороны", "иностранных", "дел", "сессия", "сессии", "силы", "сил", "учения",
        "учений", "учениях", "совместные", "региональной", "делегация", "делегации", "переговоры", "соглашение", "подписали", "обсудили",
        "граница", "границы", "терроризм", "терроризма", "экстремизм", "наркотиков", "миграции", "информационной", "кризисного", "реагирования",
        "миротворческие", "миротворческих", "операции", "подготовки", "командование", "штаб", "штаба", "военного", "политического", "международного",
        "партнёры", "объединённых", "наций", "наблюдатели", "доклад", "план", "программа", "стратегии", "протокол", "решение",
        "саммит", "глав", "парламентской", "ассамблеи", "комитета", "рабочей", "группы", "экспертов", "консультации", "годовщины",
        "быстрого", "развёртывания", "противовоздушной", "медицинской", "тылового", "инженерной", "сапёры", "тренировки", "стабильности", "угрозы",
        "вызовы", "меры", "приоритеты", "реализации", "председательства", "мандата", "бюджета", "журналистов", "брифинг", "интервью",
        "ответил", "вопросы", "отметил", "подчеркнул", "приветствовал", "осудил", "поддержал", "гуманитарной", "помощи", "беженцев",
        "чрезвычайной", "землетрясения", "наводнения", "гуманитарный", "конвой", "академии", "выпускники", "курсанты", "офицеры", "ветераны",
        "мемориал", "победы", "церемония", "венков", "память", "кибербезопасности", "биологической", "химического", "ядерного", "оружия",
    ];

    public static readonly string[] EnglishNames =
    [
        "Moscow", "Minsk", "Yerevan", "Astana", "Bishkek", "Dushanbe", "Almaty", "Samarkand", "Osh", "Tashkent",
        "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Afghanistan", "Caspian", "Central", "Asia",
        "Rubezh", "Interaction", "Search", "Echelon", "Cobalt", "Channel", "Proxy", "Illegal", "Thunder", "Frontier",
    ];

    public static readonly string[] RussianNames =
    [
        "Москве", "Минске", "Ереване", "Астане", "Бишкеке", "Душанбе", "Алма-Ате", "Самарканде", "Оше", "Ташкенте",
        "Армения", "Беларусь", "Казахстан", "Киргизия", "Россия", "Таджикистан", "Афганистана", "Каспийском", "Центральной", "Азии",
        "Рубеж", "Взаимодействие", "Поиск", "Эшелон", "Кобальт", "Канал", "Прокси", "Нелегал", "Гром", "Граница",
    ];

    /// <summary>Syllables of the rare words (surnames, villages, document numbers) that make up the long tail of real text.</summary>
    public static readonly string[] LatinSyllables = ["ka", "lo", "min", "tur", "sar", "vel", "dor", "an", "ek", "zu", "bar", "tal", "rin", "mo", "shen", "gul"];

    public static readonly string[] CyrillicSyllables = ["ка", "ло", "мин", "тур", "сар", "вел", "дор", "ан", "ек", "зу", "бар", "тал", "рин", "мо", "шен", "гуль"];
}
