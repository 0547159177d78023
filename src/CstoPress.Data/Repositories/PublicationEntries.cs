namespace CstoPress.Data.Repositories;

/// <summary>
/// The one projection of a whole publication, shared by the feeds and the read API. The press contact is
/// named as the catalog keeps it, like on the publication's page. One query, not split: an item has a handful of
/// topics, people and photos, so the joined rows stay few, and one round trip costs less than four.
/// </summary>
internal static class PublicationEntries
{
    public static IQueryable<PublicationEntry> Project(IQueryable<Publication> query) =>
        query
            .Select(p => new PublicationEntry(
                p.Id,
                p.Slug,
                p.Kind,
                p.Status,
                p.Language,
                p.Title,
                p.Lead,
                p.Body,
                p.PublishedAt!.Value,
                p.UpdatedAt,
                p.Section!.Slug,
                p.Language == ContentLanguage.Ru ? p.Section.NameRu : p.Section.Name,
                p.Speech.Speaker == null
                    ? null
                    : p.Language == ContentLanguage.Ru && p.Speech.Speaker.NameRu != null ? p.Speech.Speaker.NameRu : p.Speech.Speaker.Name,
                p.Speech.Speaker == null ? null : p.Speech.Speaker.Slug,
                p.Speech.SpeakerPost,
                new ContactSnapshot { Name = p.Contact.Name, Post = p.Contact.Post, Phone = p.Contact.Phone, Email = p.Contact.Email }
                    .UnderCatalogName(p.PressContact != null ? p.PressContact.Name : null),
                p.Tags.OrderBy(t => t.Name).Select(t => new TagOnPage(t.Slug, t.Name)).ToList(),
                p.People.OrderBy(person => person.Name)
                    .Select(person => new PersonOnEntry(
                        person.Slug,
                        p.Language == ContentLanguage.Ru && person.NameRu != null ? person.NameRu : person.Name))
                    .ToList(),
                p.Photos.Where(ph => ph.ImageId != null).OrderBy(ph => ph.Order)
                    .Select(ph => new PhotoOnEntry(ph.ImageId!.Value, ph.Caption, ph.AltText, ph.Credit))
                    .ToList(),
                p.WithdrawnAt,
                p.WithdrawalReason)
            {
                BodyHtml = p.BodyHtml,
            });
}
