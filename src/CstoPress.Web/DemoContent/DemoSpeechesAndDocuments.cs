using CstoPress.Core.Publications;

namespace CstoPress.Web.DemoContent;

/// <summary>The demo speeches, documents and interviews, whose pages show their speaker, document or source.</summary>
internal static class DemoSpeechesAndDocuments
{
    /// <summary>A speech with its speaker, post, occasion and place.</summary>
    public static Publication UnDebateSpeech(DemoItems items)
    {
        var tasmagambetov = items.Catalog.Person("imangali-tasmagambetov");

        var unDebateSpeech = items.Item(PublicationKind.Speech, "secretary-general", ContentLanguage.En,
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
            items.Days(-3));
        DemoItems.GivenBy(unDebateSpeech, tasmagambetov, "Secretary General",
            "Debate on cooperation between the United Nations and regional organizations",
            "New York", DateOnly.FromDateTime(items.Days(-3).UtcDateTime));
        unDebateSpeech.Tags.Add(items.UnitedNations);
        return unDebateSpeech;
    }

    /// <summary>A resolution, in English (our translation) and in Russian.</summary>
    public static IReadOnlyList<Publication> Resolution(DemoItems items)
    {
        var resolution = items.Item(PublicationKind.Resolution, "documents", ContentLanguage.En,
            "Demo: UN General Assembly adopts a resolution on cooperation with the Organization",
            "The General Assembly called on the two organizations to continue to cooperate in implementing the global counter-terrorism strategy.",
            """
            The General Assembly adopted a resolution on deepening cooperation between the United Nations and the Organization.

            The resolution calls on the specialized agencies of the United Nations system and the Organization "to deepen cooperation and coordination", and recommends that both organizations increase their interaction in peacekeeping.

            It also invites the two Secretaries General to continue regular consultations in bilateral meetings and at international forums.
            """,
            items.Days(-5));
        resolution.Document = new DocumentDetails { AdoptingBody = "UN General Assembly", DocumentNumber = "A/RES/00/000 (demo)", AdoptedOn = DateOnly.FromDateTime(items.Days(-6).UtcDateTime) };
        resolution.Source = new SourceAttribution { Agency = "Demo News Agency", OriginalLanguage = "ru", IsOurTranslation = true };
        resolution.Tags.Add(items.UnitedNations);

        var resolutionRu = items.Item(PublicationKind.Resolution, "documents", ContentLanguage.Ru,
            "Демо: Генеральная Ассамблея ООН приняла резолюцию о сотрудничестве с Организацией",
            "Генеральная Ассамблея призвала две организации продолжить взаимодействие в реализации глобальной контртеррористической стратегии.",
            """
            Генеральная Ассамблея ООН приняла резолюцию об углублении сотрудничества между ООН и Организацией.

            Резолюция призывает специализированные учреждения системы ООН и Организацию «к углублению сотрудничества и координации» и рекомендует наращивать взаимодействие в области миротворчества.
            """,
            items.Days(-5));
        resolutionRu.Document = new DocumentDetails { AdoptingBody = "Генеральная Ассамблея ООН", DocumentNumber = "A/RES/00/000 (демо)", AdoptedOn = resolution.Document.AdoptedOn };
        resolutionRu.Source = new SourceAttribution { Agency = "Демо-агентство новостей", OriginalLanguage = "ru" };
        return [resolution, resolutionRu];
    }

    /// <summary>An interview given to an agency.</summary>
    public static Publication Interview(DemoItems items)
    {
        var tasmagambetov = items.Catalog.Person("imangali-tasmagambetov");

        var interview = items.Item(PublicationKind.Interview, "interviews", ContentLanguage.En,
            "Demo interview: the Secretary General on the Organization's priorities",
            "In an interview with a demo news agency, the Secretary General spoke about the Organization's priorities, crisis response and its partners.",
            """
            **What are the Organization's priorities this year?**

            The priorities are set by the presidency and approved by the Collective Security Council. They cover practically every area of our competence: from peacekeeping to countering new threats.

            **How does the Organization work with its partners?**

            We develop contacts with the United Nations, the Commonwealth of Independent States and the Shanghai Cooperation Organization. Security in our region cannot be ensured by one organization alone.
            """,
            items.Days(-15));
        interview.Source = new SourceAttribution { Agency = "Demo News Agency" };
        interview.People.Add(tasmagambetov);
        return interview;
    }

    /// <summary>Speeches of earlier Secretaries General, years old.</summary>
    public static IReadOnlyList<Publication> EarlierSecretariesGeneral(DemoItems items)
    {
        var zas = items.Catalog.Person("stanislav-zas");
        var semerikov = items.Catalog.Person("valery-semerikov");

        var zasSpeech = items.Item(PublicationKind.Speech, "secretary-general", ContentLanguage.En,
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
        DemoItems.GivenBy(zasSpeech, zas, "Secretary General",
            "Ninth meeting of secretaries of security councils of the member States of the Commonwealth of Independent States",
            "Moscow", new DateOnly(2021, 11, 17));

        var semerikovSpeech = items.Item(PublicationKind.Speech, "secretary-general", ContentLanguage.En,
            "Address of the Acting Secretary General at the demo conference on Eurasian security",
            "The Acting Secretary General spoke about crisis response and the Organization's collective forces.",
            """
            Dear conference participants!

            The Organization has built a system of collective forces able to respond to crises quickly.

            This year we held a series of exercises that tested their readiness, and we will continue this work.
            """,
            new DateTimeOffset(2019, 6, 20, 8, 0, 0, TimeSpan.Zero));
        DemoItems.GivenBy(semerikovSpeech, semerikov, "Acting Secretary General",
            "Conference on Eurasian security",
            "Minsk", new DateOnly(2019, 6, 20));
        return [zasSpeech, semerikovSpeech];
    }
}
