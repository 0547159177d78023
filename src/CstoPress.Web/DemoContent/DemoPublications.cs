using CstoPress.Core.Publications;
using CstoPress.Core.Text;

namespace CstoPress.Web.DemoContent;

/// <summary>
/// Demonstration publications in the style of the press office's releases. Every text is written
/// for CstoPress and says so at its end; none is a copy of a real release.
/// </summary>
public static class DemoPublications
{
    /// <summary>The release that carries the demo picture.</summary>
    public const string ExerciseTitle = "Peacekeeping forces hold the demo exercise Indestructible Brotherhood";

    private const string DemoNote = "\n\n*This is demonstration content written for CstoPress.*";
    private const string DemoNoteRu = "\n\n*Это демонстрационный материал, подготовленный для CstoPress.*";

    public static List<Publication> Create(OrganizationCatalog catalog, DateTimeOffset now)
    {
        Publication Item(PublicationKind kind, string section, ContentLanguage language, string title, string lead, string body, DateTimeOffset at) => new()
        {
            Kind = kind,
            Section = catalog.Section(section),
            Language = language,
            Title = title,
            Slug = Slugs.From(title),
            Lead = lead,
            Body = body + (language == ContentLanguage.Ru ? DemoNoteRu : DemoNote),
            PublishedAt = at,
            Status = at <= now ? PublicationStatus.Published : PublicationStatus.Scheduled,
            Contact = ContactSnapshot.Of(catalog.PressSecretary),
            PressContact = catalog.PressSecretary,
            CreatedAt = at,
            UpdatedAt = at,
        };

        var tasmagambetov = catalog.Person("imangali-tasmagambetov");
        var zas = catalog.Person("stanislav-zas");
        var semerikov = catalog.Person("valery-semerikov");
        var exercises = new Tag { Slug = "exercises", Name = "Exercises" };
        var peacekeeping = new Tag { Slug = "peacekeeping", Name = "Peacekeeping" };
        var un = new Tag { Slug = "united-nations", Name = "United Nations" };
        var youth = new Tag { Slug = "youth", Name = "Youth" };

        var diplomacySchool = Item(PublicationKind.News, "news", ContentLanguage.En,
            "Secretariat staff meet graduates of the demo School of Diplomacy",
            "Staff of the Secretariat met with young specialists in international relations and regional studies who are taking part in a summer school in Moscow.",
            """
            Staff of the Secretariat met with graduates of universities of the member States who are taking part in a summer school of diplomacy in Moscow.

            The meeting covered the history of the Organization, the work of its statutory bodies and the way decisions of the Collective Security Council are prepared and carried out.

            > "Young specialists are the ones who will carry our cooperation forward," one of the speakers said.

            The participants asked about peacekeeping, crisis response and the Organization's work with the United Nations.
            """,
            Days(now, -1));
        diplomacySchool.Tags.Add(youth);
        diplomacySchool.Bodies.Add(catalog.Body("secretariat"));

        var diplomacySchoolRu = Item(PublicationKind.News, "news", ContentLanguage.Ru,
            "Сотрудники Секретариата встретились со слушателями демонстрационной школы дипломатии",
            "Сотрудники Секретариата встретились с молодыми специалистами в области международных отношений и регионоведения, участвующими в летней школе в Москве.",
            """
            Сотрудники Секретариата встретились с выпускниками вузов государств-членов, участвующими в летней школе дипломатии в Москве.

            На встрече обсуждались история Организации, работа её уставных органов и порядок подготовки и исполнения решений Совета коллективной безопасности.

            > «Молодые специалисты — это те, кто продолжит наше сотрудничество», — отметил один из выступавших.

            Участники задали вопросы о миротворчестве, реагировании на кризисы и взаимодействии Организации с ООН.
            """,
            Days(now, -1));
        diplomacySchoolRu.Tags.Add(youth);

        var unDebateSpeech = Item(PublicationKind.Speech, "secretary-general", ContentLanguage.En,
            "Address of the Secretary General at the demo Security Council debate on regional organizations",
            "The Secretary General thanked the presidency for the invitation and set out how regional organizations can support the United Nations in maintaining peace.",
            """
            Distinguished Madam President!

            Distinguished members of the Council!

            Allow me to thank the presidency for the invitation to take part in this debate on the interaction between the United Nations and regional organizations.

            I am convinced that today's discussion will help to develop new mechanisms of cooperation between the United Nations and the regional organizations of the Eurasian space.

            Our Organization is ready to share its experience in peacekeeping, in countering terrorism and drug trafficking, and in responding to crises.

            Thank you for your attention.
            """,
            Days(now, -3));
        unDebateSpeech.Speech = new SpeechDetails
        {
            Speaker = tasmagambetov,
            SpeakerPost = "Secretary General",
            Occasion = "Debate on cooperation between the United Nations and regional organizations",
            Place = "New York",
            DeliveredOn = DateOnly.FromDateTime(Days(now, -3).UtcDateTime),
        };
        unDebateSpeech.People.Add(tasmagambetov);
        unDebateSpeech.Tags.Add(un);

        var resolution = Item(PublicationKind.Resolution, "documents", ContentLanguage.En,
            "Demo: UN General Assembly adopts a resolution on cooperation with the Organization",
            "The General Assembly called on the two organizations to continue to cooperate in implementing the global counter-terrorism strategy.",
            """
            The General Assembly adopted a resolution on deepening cooperation between the United Nations and the Organization.

            The resolution calls on the specialized agencies of the United Nations system and the Organization "to deepen cooperation and coordination", and recommends that both organizations increase their interaction in peacekeeping.

            It also invites the two Secretaries General to continue regular consultations in bilateral meetings and at international forums.
            """,
            Days(now, -5));
        resolution.Document = new DocumentDetails { AdoptingBody = "UN General Assembly", DocumentNumber = "A/RES/00/000 (demo)", AdoptedOn = DateOnly.FromDateTime(Days(now, -6).UtcDateTime) };
        resolution.Source = new SourceAttribution { Agency = "Demo News Agency", OriginalLanguage = "ru", IsOurTranslation = true };
        resolution.Tags.Add(un);

        var resolutionRu = Item(PublicationKind.Resolution, "documents", ContentLanguage.Ru,
            "Демо: Генеральная Ассамблея ООН приняла резолюцию о сотрудничестве с Организацией",
            "Генеральная Ассамблея призвала две организации продолжить взаимодействие в реализации глобальной контртеррористической стратегии.",
            """
            Генеральная Ассамблея ООН приняла резолюцию об углублении сотрудничества между ООН и Организацией.

            Резолюция призывает специализированные учреждения системы ООН и Организацию «к углублению сотрудничества и координации» и рекомендует наращивать взаимодействие в области миротворчества.
            """,
            Days(now, -5));
        resolutionRu.Document = new DocumentDetails { AdoptingBody = "Генеральная Ассамблея ООН", DocumentNumber = "A/RES/00/000 (демо)", AdoptedOn = resolution.Document.AdoptedOn };
        resolutionRu.Source = new SourceAttribution { Agency = "Демо-агентство новостей", OriginalLanguage = "ru" };

        var exercise = Item(PublicationKind.PressRelease, "news", ContentLanguage.En,
            ExerciseTitle,
            "Units of the peacekeeping forces of the member States practised the planning and conduct of a peacekeeping operation.",
            """
            The active phase of the joint exercise of the peacekeeping forces took place at a training ground of one of the member States.

            The units practised the planning of a peacekeeping operation, the protection of humanitarian convoys and cooperation with civilian authorities.

            Observers from the Secretariat and the Joint Staff attended the exercise.
            """,
            Days(now, -8));
        exercise.Tags.Add(exercises);
        exercise.Tags.Add(peacekeeping);

        var statement = Item(PublicationKind.Statement, "statements", ContentLanguage.En,
            "Demo statement of the Permanent Council on the anniversary of the Collective Security Treaty",
            "The Permanent Council reaffirmed the commitment of the member States to the principles of the Treaty.",
            """
            The Permanent Council notes that for more than three decades the Collective Security Treaty has served the security of the member States and the stability of the region.

            The member States reaffirm their commitment to the purposes and principles of the Charter of the United Nations and to the peaceful settlement of disputes.
            """,
            Days(now, -12));
        statement.Document = new DocumentDetails { AdoptingBody = "CSTO Permanent Council", DocumentNumber = "PC-00 (demo)", AdoptedOn = DateOnly.FromDateTime(Days(now, -12).UtcDateTime) };
        statement.Bodies.Add(catalog.Body("permanent-council"));

        var interview = Item(PublicationKind.Interview, "interviews", ContentLanguage.En,
            "Demo interview: the Secretary General on the Organization's priorities",
            "In an interview with a demo news agency, the Secretary General spoke about the Organization's priorities, crisis response and its partners.",
            """
            **What are the Organization's priorities this year?**

            The priorities are set by the presidency and approved by the Collective Security Council. They cover practically every area of our competence: from peacekeeping to countering new threats.

            **How does the Organization work with its partners?**

            We develop contacts with the United Nations, the Commonwealth of Independent States and the Shanghai Cooperation Organization. Security in our region cannot be ensured by one organization alone.
            """,
            Days(now, -15));
        interview.Source = new SourceAttribution { Agency = "Demo News Agency" };
        interview.People.Add(tasmagambetov);

        var visit = Item(PublicationKind.News, "secretary-general", ContentLanguage.En,
            "The Secretary General is received by the President of a member State",
            "The two sides exchanged views on regional security and the priority areas of cooperation within the Organization.",
            """
            The Secretary General was received by the President of a member State.

            The two sides exchanged views on regional security and stability, as well as on the priority areas of cooperation within the Organization.

            The Secretary General reported on the plan to implement the decisions of the Collective Security Council.
            """,
            Days(now, -20));
        visit.People.Add(tasmagambetov);

        var zasSpeech = Item(PublicationKind.Speech, "secretary-general", ContentLanguage.En,
            "Speech of the Secretary General at the demo meeting of secretaries of security councils",
            "The Secretary General spoke about the challenges to regional security and the cooperation of the Organization with the Commonwealth of Independent States.",
            """
            Dear meeting participants!

            Dear colleagues!

            Thank you for the invitation. I am sincerely pleased to have the opportunity to meet with you once again.

            Globally, the modern world is going through an acute phase of its development. Traditional challenges such as terrorism, drug trafficking and illegal migration are joined by new ones.

            I would like to assure you that the Organization is ready to develop comprehensive cooperation with the Commonwealth and its specialized structures.

            I wish you fruitful work.
            """,
            new DateTimeOffset(2021, 11, 17, 9, 0, 0, TimeSpan.Zero));
        zasSpeech.Speech = new SpeechDetails
        {
            Speaker = zas,
            SpeakerPost = "Secretary General",
            Occasion = "Ninth meeting of secretaries of security councils of the member States of the Commonwealth of Independent States",
            Place = "Moscow",
            DeliveredOn = new DateOnly(2021, 11, 17),
        };
        zasSpeech.People.Add(zas);

        var semerikovSpeech = Item(PublicationKind.Speech, "secretary-general", ContentLanguage.En,
            "Address of the Acting Secretary General at the demo conference on Eurasian security",
            "The Acting Secretary General spoke about crisis response and the Organization's collective forces.",
            """
            Dear conference participants!

            The Organization has built a system of collective forces able to respond to crises quickly.

            This year we held a series of exercises that tested their readiness, and we will continue this work.
            """,
            new DateTimeOffset(2019, 6, 20, 8, 0, 0, TimeSpan.Zero));
        semerikovSpeech.Speech = new SpeechDetails
        {
            Speaker = semerikov,
            SpeakerPost = "Acting Secretary General",
            Occasion = "Conference on Eurasian security",
            Place = "Minsk",
            DeliveredOn = new DateOnly(2019, 6, 20),
        };
        semerikovSpeech.People.Add(semerikov);

        var ministers = Item(PublicationKind.News, "news", ContentLanguage.En,
            "Council of Foreign Ministers meets in the demo capital",
            "The ministers discussed the international situation and approved draft documents for the session of the Collective Security Council.",
            """
            The Council of Foreign Ministers held a meeting chaired by the presidency.

            The ministers discussed the international situation, approved draft documents for the next session of the Collective Security Council and adopted a joint statement.
            """,
            Days(now, -25));
        ministers.Bodies.Add(catalog.Body("council-of-foreign-ministers"));

        var ministersRu = Item(PublicationKind.News, "news", ContentLanguage.Ru,
            "В демонстрационной столице прошло заседание Совета министров иностранных дел",
            "Министры обсудили международную обстановку и одобрили проекты документов к сессии Совета коллективной безопасности.",
            """
            Под председательством страны-председателя состоялось заседание Совета министров иностранных дел.

            Министры обсудили международную обстановку, одобрили проекты документов к очередной сессии Совета коллективной безопасности и приняли совместное заявление.
            """,
            Days(now, -25));

        var defence = Item(PublicationKind.PressRelease, "news", ContentLanguage.En,
            "Council of Defence Ministers reviews the state of the collective forces",
            "The defence ministers heard a report on the readiness of the collective forces and approved the plan of joint exercises.",
            """
            The Council of Defence Ministers reviewed the state of the collective forces of the Organization.

            The ministers heard a report of the Joint Staff and approved the plan of joint exercises for the coming year.
            """,
            Days(now, -30));
        defence.Bodies.Add(catalog.Body("council-of-defence-ministers"));
        defence.Tags.Add(exercises);

        var seminarRu = Item(PublicationKind.News, "news", ContentLanguage.Ru,
            "В Секретариате прошёл демонстрационный семинар по информационной безопасности",
            "Эксперты государств-членов обсудили противодействие использованию информационных технологий в преступных целях.",
            """
            В Секретариате состоялся семинар экспертов государств-членов по вопросам информационной безопасности.

            Участники обсудили противодействие использованию информационно-коммуникационных технологий в преступных целях и обмен опытом между компетентными органами.
            """,
            Days(now, -9));

        var future = Item(PublicationKind.PressRelease, "news", ContentLanguage.En,
            "Demo: the session of the Collective Security Council opens next week",
            "Scheduled for publication: the heads of State will meet for the regular session.",
            "The heads of State will meet for the regular session of the Collective Security Council.",
            Days(now, 7));

        var draft = Item(PublicationKind.News, "news", ContentLanguage.En,
            "Demo draft: notes from the expert consultations",
            "A draft the press office has not published yet.",
            "Work in progress.",
            Days(now, -2));
        draft.Status = PublicationStatus.Draft;
        draft.Slug = "demo-draft-notes";

        return
        [
            diplomacySchool, diplomacySchoolRu, unDebateSpeech, resolution, resolutionRu, exercise, statement, interview,
            visit, zasSpeech, semerikovSpeech, ministers, ministersRu, defence, seminarRu, future, draft,
        ];
    }

    /// <summary>
    /// The (translation, original) pairs among the demo publications, matched by section, kind and date.
    /// An English text marked as our translation is the translation of the Russian one; otherwise the reverse.
    /// </summary>
    public static IEnumerable<(Publication Translation, Publication Original)> Translations(IReadOnlyList<Publication> publications) =>
        from ru in publications
        where ru.Language == ContentLanguage.Ru
        join en in publications.Where(p => p.Language == ContentLanguage.En)
            on new { Section = ru.Section!.Slug, ru.Kind, ru.PublishedAt } equals new { Section = en.Section!.Slug, en.Kind, en.PublishedAt }
        select en.Source.IsOurTranslation ? (en, ru) : (ru, en);

    private static DateTimeOffset Days(DateTimeOffset now, int days) =>
        new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(days).AddHours(9);
}
