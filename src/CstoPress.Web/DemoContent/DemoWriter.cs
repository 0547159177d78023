using CstoPress.Core.Text;

namespace CstoPress.Web.DemoContent;

/// <summary>
/// Writes the demonstration publications in one house style: signed by the press secretary, published on
/// their date (scheduled while it is to come) and ending with the note that they were written for CstoPress.
/// The tags are one object each, so that items on one topic share one tag.
/// </summary>
internal sealed class DemoWriter(OrganizationCatalog catalog, DateTimeOffset now)
{
    private const string DemoNote = "\n\n*This is demonstration content written for CstoPress.*";
    private const string DemoNoteRu = "\n\n*Это демонстрационный материал, подготовленный для CstoPress.*";

    public OrganizationCatalog Catalog => catalog;

    public Tag Exercises { get; } = new() { Slug = "exercises", Name = "Exercises" };

    public Tag Peacekeeping { get; } = new() { Slug = "peacekeeping", Name = "Peacekeeping" };

    public Tag UnitedNations { get; } = new() { Slug = "united-nations", Name = "United Nations" };

    public Tag Youth { get; } = new() { Slug = "youth", Name = "Youth" };

    public Publication Item(PublicationKind kind, string section, ContentLanguage language, string title, string lead, string body, DateTimeOffset at) => new()
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

    /// <summary>A speech in English in the Secretary General's section, published on the day it was delivered.</summary>
    public Publication Speech(string speaker, string post, string occasion, string place, string title, string lead, string body, DateTimeOffset at)
    {
        var person = catalog.Person(speaker);
        var speech = Item(PublicationKind.Speech, "secretary-general", ContentLanguage.En, title, lead, body, at);
        speech.Speech = new SpeechDetails
        {
            Speaker = person,
            SpeakerPost = post,
            Occasion = occasion,
            Place = place,
            DeliveredOn = DateOnly.FromDateTime(at.UtcDateTime),
        };
        speech.People.Add(person);
        return speech;
    }

    /// <summary>Nine in the morning (UTC), <paramref name="days"/> days from today; negative for the past.</summary>
    public DateTimeOffset Days(int days) =>
        new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(days).AddHours(9);
}
