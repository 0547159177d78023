using CstoPress.Core.Alerts;

namespace CstoPress.Data.Repositories.Alerts;

/// <summary>What a message says: the item an alert is about, or the items a digest covers, as readers see them.</summary>
public sealed class AlertContentRepository(CstoPressDbContext db, AlertOutbox outbox)
{
    public Task<AlertedItem?> ItemAsync(int publicationId, CancellationToken cancellationToken = default) =>
        db.Publications.AsNoTracking().Where(p => p.Id == publicationId)
            .Select(p => new AlertedItem(p.Id, p.Title, p.Lead, p.Body, p.Slug, p.Language, p.Kind, p.PublishedAt, p.EmbargoNote))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The items of a digest, oldest first, as they read at <paramref name="to"/>.</summary>
    public async Task<IReadOnlyList<AlertedItem>> DigestAsync(AlertSubscription subscription, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken = default) =>
        await outbox.DigestItems(subscription, from, to)
            .OrderBy(p => p.PublishedAt).ThenBy(p => p.Id)
            .Take(200)
            .Select(p => new AlertedItem(p.Id, p.Title, p.Lead, "", p.Slug, p.Language, p.Kind, p.PublishedAt, null))
            .ToListAsync(cancellationToken);

    /// <summary>The recipient code and time zone of the accredited journalist a subscription belongs to, for an embargoed copy.</summary>
    public Task<EmbargoRecipientMark?> JournalistAsync(int accreditationId, CancellationToken cancellationToken = default) =>
        db.Accreditations.AsNoTracking().Where(a => a.Id == accreditationId)
            .Select(a => new EmbargoRecipientMark(a.RecipientCode, a.TimeZone))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>How the topic a subscription follows is named in <paramref name="language"/>; the key itself when its entry is gone.</summary>
    public async Task<string> TopicNameAsync(AlertTopic topic, string key, ContentLanguage language, CancellationToken cancellationToken = default)
    {
        var ru = language == ContentLanguage.Ru;
        var name = topic switch
        {
            AlertTopic.Section => await db.Sections.Where(s => s.Slug == key).Select(s => ru ? s.NameRu : s.Name).FirstOrDefaultAsync(cancellationToken),
            AlertTopic.Person => await db.People.Where(p => p.Slug == key).Select(p => ru && p.NameRu != null ? p.NameRu : p.Name).FirstOrDefaultAsync(cancellationToken),
            AlertTopic.Tag => await db.Tags.Where(t => t.Slug == key).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken),
            AlertTopic.Body => await db.OrganizationBodies.Where(b => b.Slug == key).Select(b => ru ? b.NameRu : b.Name).FirstOrDefaultAsync(cancellationToken),
            _ => null,
        };
        return name ?? key;
    }
}
