using CstoPress.Core.Auditing;
using CstoPress.Core.People;

namespace CstoPress.Web.Tests.Security;

public sealed record CorpusItem(Publication Publication, Tag Tag, Person Speaker);

/// <summary>
/// Puts every payload of <see cref="XssPayloads"/> into a title, a lead, a body, a photo caption and
/// credit, a speaker's name and post, a document's details, a source, a press contact, a change note
/// and a tag: one published speech per payload. The catalogs the admin pages list get the payload too
/// (a section, an organization body, a press contact, the speaker's other names and posts), and so do
/// the records only the press office reads: two saved revisions and an audit entry per item.
/// </summary>
public static class XssCorpus
{
    public static async Task<IReadOnlyList<CorpusItem>> SeedAsync(SeededPortal portal)
    {
        var image = new StoredImage { Id = Guid.NewGuid(), ContentType = "image/png", Bytes = [0x89, 0x50, 0x4E, 0x47], Width = 10, Height = 10 };
        var items = new List<CorpusItem>();
        var payloads = XssPayloads.All;
        for (var i = 0; i < payloads.Count; i++)
        {
            var payload = payloads[i];
            var tag = new Tag { Slug = $"probe-tag-{i}", Name = payload };
            var speaker = new Person
            {
                Slug = $"probe-person-{i}",
                Name = payload,
                NameRu = Cut(payload, 200),
                NameVariants = [payload],
                Posts = [new PostHeld { Title = payload, TitleRu = payload, From = new DateOnly(2020, 1, 1) }],
            };
            Publication publication = new PublicationBuilder(portal.Catalog.Section("news"), $"{payload} title {i}")
                .WithSlug($"probe-{i}")
                .WithLead(payload)
                .WithBody($"Before.\n\n{payload}\n\nAfter.")
                .OfKind(PublicationKind.Speech)
                .PublishedAt(PortalFactory.StartTime.AddMinutes(-i - 1))
                .With(p =>
                {
                    p.Tags.Add(tag);
                    p.Bodies.Add(new OrganizationBody { Slug = $"probe-body-{i}", Name = Cut(payload, 200), NameRu = Cut(payload, 200) });
                    p.Speech = new SpeechDetails { Speaker = speaker, SpeakerPost = payload, Occasion = payload, Place = payload };
                    p.Document = new DocumentDetails { AdoptingBody = payload, DocumentNumber = Cut(payload, 100) };
                    p.Source = new SourceAttribution { Agency = Cut(payload, 200) };
                    p.Contact = new ContactSnapshot { Name = payload, Post = payload, Email = payload, Phone = Cut(payload, 100) };
                    p.Photos.Add(new Photo { Image = i == 0 ? image : null, ImageId = i == 0 ? null : image.Id, Caption = payload, AltText = payload, Credit = payload, Order = 0 });
                    p.ChangeNotes.Add(new ChangeNote { ChangedAt = PortalFactory.StartTime.AddMinutes(-1), Note = payload });
                });
            items.Add(new CorpusItem(publication, tag, speaker));
        }

        // The first item brings the image; the others refer to it once it is stored.
        await portal.AddAsync(items[0].Publication);
        await portal.AddAsync(items.Skip(1).Select(i => i.Publication).ToArray());
        await portal.WithDatabaseAsync(db =>
        {
            for (var i = 0; i < payloads.Count; i++)
            {
                var payload = payloads[i];
                var publication = items[i].Publication;
                db.Sections.Add(new Section { Slug = $"probe-section-{i}", Name = Cut(payload, 200), NameRu = Cut(payload, 200), Order = 100 + i });
                db.PressContacts.Add(new PressContact { Name = Cut(payload, 200), Post = Cut(payload, 200), Phone = Cut(payload, 100), Email = Cut(payload, 200), NameVariants = [payload] });
                var saved = PortalFactory.StartTime.AddMinutes(-i - 1);
                // Two saves, so that the history compares a text without the payload with one that has it.
                db.Revisions.Add(new PublicationRevision { PublicationId = publication.Id, SavedAt = saved.AddSeconds(-1), SavedBy = Cut(payload, 256), Title = $"title {i}", Lead = "", Body = "Before.\n\nAfter." });
                db.Revisions.Add(new PublicationRevision { PublicationId = publication.Id, SavedAt = saved, SavedBy = Cut(payload, 256), Title = publication.Title, Lead = publication.Lead, Body = publication.Body });
                db.AuditLog.Add(new AuditEntry { At = saved, Actor = Cut(payload, 256), Action = Cut(payload, 50), Subject = Cut(publication.Title, 500), PublicationId = publication.Id, Details = payload });
            }

            return Task.CompletedTask;
        });
        return items;
    }

    private static string Cut(string text, int length) => text.Length > length ? text[..length] : text;
}
