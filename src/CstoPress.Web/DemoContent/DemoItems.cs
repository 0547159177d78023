using CstoPress.Core.People;
using CstoPress.Core.Publications;
using CstoPress.Core.Text;

namespace CstoPress.Web.DemoContent;

/// <summary>
/// What every demo publication is made with: the catalog it refers to, the tags several of them share
/// (one tag each, however many items carry it) and dates counted from now, so the demo always looks recent.
/// </summary>
internal sealed class DemoItems(OrganizationCatalog catalog, DateTimeOffset now)
{
    private const string DemoNote = "\n\n*This is demonstration content written for CstoPress.*";
    private const string DemoNoteRu = "\n\n*Это демонстрационный материал, подготовленный для CstoPress.*";

    public OrganizationCatalog Catalog => catalog;

    public Tag Exercises { get; } = new() { Slug = "exercises", Name = "Exercises" };

    public Tag Peacekeeping { get; } = new() { Slug = "peacekeeping", Name = "Peacekeeping" };

    public Tag UnitedNations { get; } = new() { Slug = "united-nations", Name = "United Nations" };

    public Tag Youth { get; } = new() { Slug = "youth", Name = "Youth" };

    /// <summary>A publication of the press office at <paramref name="at"/>: published if that time has come, scheduled otherwise.</summary>
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

    /// <summary>Gives <paramref name="speech"/> its speaker and the circumstances, and lists the speaker among its people.</summary>
    public static void GivenBy(Publication speech, Person speaker, string post, string occasion, string place, DateOnly deliveredOn)
    {
        speech.Speech = new SpeechDetails { Speaker = speaker, SpeakerPost = post, Occasion = occasion, Place = place, DeliveredOn = deliveredOn };
        speech.People.Add(speaker);
    }

    /// <summary>Nine in the morning, UTC, <paramref name="days"/> days from today.</summary>
    public DateTimeOffset Days(int days) => new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(days).AddHours(9);
}
