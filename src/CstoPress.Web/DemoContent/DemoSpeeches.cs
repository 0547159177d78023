namespace CstoPress.Web.DemoContent;

/// <summary>The demo speeches of three Secretaries General, and an interview: the officials' own words.</summary>
internal static class DemoSpeeches
{
    /// <summary>A speech at the UN Security Council, on the United Nations topic.</summary>
    public static Publication UnitedNationsDebate(DemoWriter writer)
    {
        var speech = writer.Speech("imangali-tasmagambetov", "Secretary General",
            "Debate on cooperation between the United Nations and regional organizations", "New York",
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
            writer.Days(-3));
        speech.Tags.Add(writer.UnitedNations);
        return speech;
    }

    /// <summary>An interview given to a news agency.</summary>
    public static Publication Interview(DemoWriter writer)
    {
        var interview = writer.Item(PublicationKind.Interview, "interviews", ContentLanguage.En,
            "Demo interview: the Secretary General on the Organization's priorities",
            "In an interview with a demo news agency, the Secretary General spoke about the Organization's priorities, crisis response and its partners.",
            """
            **What are the Organization's priorities this year?**

            The priorities are set by the presidency and approved by the Collective Security Council. They cover practically every area of our competence: from peacekeeping to countering new threats.

            **How does the Organization work with its partners?**

            We develop contacts with the United Nations, the Commonwealth of Independent States and the Shanghai Cooperation Organization. Security in our region cannot be ensured by one organization alone.
            """,
            writer.Days(-15));
        interview.Source = new SourceAttribution { Agency = "Demo News Agency" };
        interview.People.Add(writer.Catalog.Person("imangali-tasmagambetov"));
        return interview;
    }

    /// <summary>A speech of an earlier Secretary General, on a fixed date, for the archive and his page.</summary>
    public static Publication SecurityCouncilSecretaries(DemoWriter writer) =>
        writer.Speech("stanislav-zas", "Secretary General",
            "Ninth meeting of secretaries of security councils of the member States of the Commonwealth of Independent States", "Moscow",
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

    /// <summary>A speech of an acting Secretary General, whose post was held for a while only.</summary>
    public static Publication EurasianSecurityConference(DemoWriter writer) =>
        writer.Speech("valery-semerikov", "Acting Secretary General", "Conference on Eurasian security", "Minsk",
            "Address of the Acting Secretary General at the demo conference on Eurasian security",
            "The Acting Secretary General spoke about crisis response and the Organization's collective forces.",
            """
            Dear conference participants!

            The Organization has built a system of collective forces able to respond to crises quickly.

            This year we held a series of exercises that tested their readiness, and we will continue this work.
            """,
            new DateTimeOffset(2019, 6, 20, 8, 0, 0, TimeSpan.Zero));
}
