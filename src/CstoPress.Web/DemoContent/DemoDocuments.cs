namespace CstoPress.Web.DemoContent;

/// <summary>The demo documents: a resolution and a statement, with their adopting body, number and date.</summary>
internal static class DemoDocuments
{
    /// <summary>A resolution of the UN General Assembly, in English (our translation) and in Russian.</summary>
    public static Publication[] Resolution(DemoWriter writer)
    {
        var resolution = writer.Item(PublicationKind.Resolution, "documents", ContentLanguage.En,
            "Demo: UN General Assembly adopts a resolution on cooperation with the Organization",
            "The General Assembly called on the two organizations to continue to cooperate in implementing the global counter-terrorism strategy.",
            """
            The General Assembly adopted a resolution on deepening cooperation between the United Nations and the Organization.

            The resolution calls on the specialized agencies of the United Nations system and the Organization "to deepen cooperation and coordination", and recommends that both organizations increase their interaction in peacekeeping.

            It also invites the two Secretaries General to continue regular consultations in bilateral meetings and at international forums.
            """,
            writer.Days(-5));
        resolution.Document = new DocumentDetails { AdoptingBody = "UN General Assembly", DocumentNumber = "A/RES/00/000 (demo)", AdoptedOn = DateOnly.FromDateTime(writer.Days(-6).UtcDateTime) };
        resolution.Source = new SourceAttribution { Agency = "Demo News Agency", OriginalLanguage = "ru", IsOurTranslation = true };
        resolution.Tags.Add(writer.UnitedNations);

        var resolutionRu = writer.Item(PublicationKind.Resolution, "documents", ContentLanguage.Ru,
            "Демо: Генеральная Ассамблея ООН приняла резолюцию о сотрудничестве с Организацией",
            "Генеральная Ассамблея призвала две организации продолжить взаимодействие в реализации глобальной контртеррористической стратегии.",
            """
            Генеральная Ассамблея ООН приняла резолюцию об углублении сотрудничества между ООН и Организацией.

            Резолюция призывает специализированные учреждения системы ООН и Организацию «к углублению сотрудничества и координации» и рекомендует наращивать взаимодействие в области миротворчества.
            """,
            writer.Days(-5));
        resolutionRu.Document = new DocumentDetails { AdoptingBody = "Генеральная Ассамблея ООН", DocumentNumber = "A/RES/00/000 (демо)", AdoptedOn = resolution.Document.AdoptedOn };
        resolutionRu.Source = new SourceAttribution { Agency = "Демо-агентство новостей", OriginalLanguage = "ru" };
        return [resolution, resolutionRu];
    }

    /// <summary>A statement of the Permanent Council.</summary>
    public static Publication Statement(DemoWriter writer)
    {
        var statement = writer.Item(PublicationKind.Statement, "statements", ContentLanguage.En,
            "Demo statement of the Permanent Council on the anniversary of the Collective Security Treaty",
            "The Permanent Council reaffirmed the commitment of the member States to the principles of the Treaty.",
            """
            The Permanent Council notes that for more than three decades the Collective Security Treaty has served the security of the member States and the stability of the region.

            The member States reaffirm their commitment to the purposes and principles of the Charter of the United Nations and to the peaceful settlement of disputes.
            """,
            writer.Days(-12));
        statement.Document = new DocumentDetails { AdoptingBody = "CSTO Permanent Council", DocumentNumber = "PC-00 (demo)", AdoptedOn = DateOnly.FromDateTime(writer.Days(-12).UtcDateTime) };
        statement.Bodies.Add(writer.Catalog.Body("permanent-council"));
        return statement;
    }
}
