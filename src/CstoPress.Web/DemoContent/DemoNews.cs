namespace CstoPress.Web.DemoContent;

/// <summary>The demo news and press releases, one method for each (an English item and its Russian twin together).</summary>
internal static class DemoNews
{
    /// <summary>A meeting with young diplomats, in English and in Russian.</summary>
    public static Publication[] DiplomacySchool(DemoWriter writer)
    {
        var diplomacySchool = writer.Item(PublicationKind.News, "news", ContentLanguage.En,
            "Secretariat staff meet graduates of the demo School of Diplomacy",
            "Staff of the Secretariat met with young specialists in international relations and regional studies who are taking part in a summer school in Moscow.",
            """
            Staff of the Secretariat met with graduates of universities of the member States who are taking part in a summer school of diplomacy in Moscow.

            The meeting covered the history of the Organization, the work of its statutory bodies and the way decisions of the Collective Security Council are prepared and carried out.

            > "Young specialists are the ones who will carry our cooperation forward," one of the speakers said.

            The participants asked about peacekeeping, crisis response and the Organization's work with the United Nations.
            """,
            writer.Days(-1));
        diplomacySchool.Tags.Add(writer.Youth);
        diplomacySchool.Bodies.Add(writer.Catalog.Body("secretariat"));

        var diplomacySchoolRu = writer.Item(PublicationKind.News, "news", ContentLanguage.Ru,
            "Сотрудники Секретариата встретились со слушателями демонстрационной школы дипломатии",
            "Сотрудники Секретариата встретились с молодыми специалистами в области международных отношений и регионоведения, участвующими в летней школе в Москве.",
            """
            Сотрудники Секретариата встретились с выпускниками вузов государств-членов, участвующими в летней школе дипломатии в Москве.

            На встрече обсуждались история Организации, работа её уставных органов и порядок подготовки и исполнения решений Совета коллективной безопасности.

            > «Молодые специалисты — это те, кто продолжит наше сотрудничество», — отметил один из выступавших.

            Участники задали вопросы о миротворчестве, реагировании на кризисы и взаимодействии Организации с ООН.
            """,
            writer.Days(-1));
        diplomacySchoolRu.Tags.Add(writer.Youth);
        return [diplomacySchool, diplomacySchoolRu];
    }

    /// <summary>The press release that carries the demo picture.</summary>
    public static Publication Exercise(DemoWriter writer)
    {
        var exercise = writer.Item(PublicationKind.PressRelease, "news", ContentLanguage.En,
            DemoPublications.ExerciseTitle,
            "Units of the peacekeeping forces of the member States practised the planning and conduct of a peacekeeping operation.",
            """
            The active phase of the joint exercise of the peacekeeping forces took place at a training ground of one of the member States.

            The units practised the planning of a peacekeeping operation, the protection of humanitarian convoys and cooperation with civilian authorities.

            Observers from the Secretariat and the Joint Staff attended the exercise.
            """,
            writer.Days(-8));
        exercise.Tags.Add(writer.Exercises);
        exercise.Tags.Add(writer.Peacekeeping);
        return exercise;
    }

    /// <summary>A visit of the Secretary General, in his section.</summary>
    public static Publication Visit(DemoWriter writer)
    {
        var visit = writer.Item(PublicationKind.News, "secretary-general", ContentLanguage.En,
            "The Secretary General is received by the President of a member State",
            "The two sides exchanged views on regional security and the priority areas of cooperation within the Organization.",
            """
            The Secretary General was received by the President of a member State.

            The two sides exchanged views on regional security and stability, as well as on the priority areas of cooperation within the Organization.

            The Secretary General reported on the plan to implement the decisions of the Collective Security Council.
            """,
            writer.Days(-20));
        visit.People.Add(writer.Catalog.Person("imangali-tasmagambetov"));
        return visit;
    }

    /// <summary>A meeting of the foreign ministers, in English and in Russian.</summary>
    public static Publication[] ForeignMinisters(DemoWriter writer)
    {
        var ministers = writer.Item(PublicationKind.News, "news", ContentLanguage.En,
            "Council of Foreign Ministers meets in the demo capital",
            "The ministers discussed the international situation and approved draft documents for the session of the Collective Security Council.",
            """
            The Council of Foreign Ministers held a meeting chaired by the presidency.

            The ministers discussed the international situation, approved draft documents for the next session of the Collective Security Council and adopted a joint statement.
            """,
            writer.Days(-25));
        ministers.Bodies.Add(writer.Catalog.Body("council-of-foreign-ministers"));

        var ministersRu = writer.Item(PublicationKind.News, "news", ContentLanguage.Ru,
            "В демонстрационной столице прошло заседание Совета министров иностранных дел",
            "Министры обсудили международную обстановку и одобрили проекты документов к сессии Совета коллективной безопасности.",
            """
            Под председательством страны-председателя состоялось заседание Совета министров иностранных дел.

            Министры обсудили международную обстановку, одобрили проекты документов к очередной сессии Совета коллективной безопасности и приняли совместное заявление.
            """,
            writer.Days(-25));
        return [ministers, ministersRu];
    }

    /// <summary>A meeting of the defence ministers, on the exercises topic too.</summary>
    public static Publication DefenceMinisters(DemoWriter writer)
    {
        var defence = writer.Item(PublicationKind.PressRelease, "news", ContentLanguage.En,
            "Council of Defence Ministers reviews the state of the collective forces",
            "The defence ministers heard a report on the readiness of the collective forces and approved the plan of joint exercises.",
            """
            The Council of Defence Ministers reviewed the state of the collective forces of the Organization.

            The ministers heard a report of the Joint Staff and approved the plan of joint exercises for the coming year.
            """,
            writer.Days(-30));
        defence.Bodies.Add(writer.Catalog.Body("council-of-defence-ministers"));
        defence.Tags.Add(writer.Exercises);
        return defence;
    }

    /// <summary>A seminar reported in Russian only.</summary>
    public static Publication InformationSecuritySeminar(DemoWriter writer)
    {
        return writer.Item(PublicationKind.News, "news", ContentLanguage.Ru,
            "В Секретариате прошёл демонстрационный семинар по информационной безопасности",
            "Эксперты государств-членов обсудили противодействие использованию информационных технологий в преступных целях.",
            """
            В Секретариате состоялся семинар экспертов государств-членов по вопросам информационной безопасности.

            Участники обсудили противодействие использованию информационно-коммуникационных технологий в преступных целях и обмен опытом между компетентными органами.
            """,
            writer.Days(-9));
    }

    /// <summary>A release whose date is still to come, so it is scheduled.</summary>
    public static Publication Scheduled(DemoWriter writer)
    {
        return writer.Item(PublicationKind.PressRelease, "news", ContentLanguage.En,
            "Demo: the session of the Collective Security Council opens next week",
            "Scheduled for publication: the heads of State will meet for the regular session.",
            "The heads of State will meet for the regular session of the Collective Security Council.",
            writer.Days(7));
    }

    /// <summary>A draft readers never see.</summary>
    public static Publication Draft(DemoWriter writer)
    {
        var draft = writer.Item(PublicationKind.News, "news", ContentLanguage.En,
            "Demo draft: notes from the expert consultations",
            "A draft the press office has not published yet.",
            "Work in progress.",
            writer.Days(-2));
        draft.Status = PublicationStatus.Draft;
        draft.Slug = "demo-draft-notes";
        return draft;
    }
}
