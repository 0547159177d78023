using System.Linq.Expressions;

namespace CstoPress.Core.Alerts;

/// <summary>
/// Who is told of what: the one place that matches subscriptions and publications, written as expressions
/// that the database runs. A subscription follows one topic in one language; only confirmed, active ones
/// receive anything; immediate subscribers get each alert, digest subscribers what their window covers.
/// </summary>
public static class AlertAudience
{
    /// <summary>The subscriptions an alert about an item with these facets goes to (immediately).</summary>
    public static Expression<Func<AlertSubscription, bool>> For(PublicationFacets item, AlertKind kind)
    {
        var kindKey = item.Kind.ToString();
        var embargoed = kind == AlertKind.Embargoed;
        return s =>
            s.Status == SubscriptionStatus.Active && s.Language == item.Language
            && (s.Topic == AlertTopic.Everything
                || (s.Topic == AlertTopic.Section && s.TopicKey == item.SectionSlug)
                || (s.Topic == AlertTopic.Kind && s.TopicKey == kindKey)
                || (s.Topic == AlertTopic.Person && item.PersonSlugs.Contains(s.TopicKey))
                || (s.Topic == AlertTopic.Tag && item.TagSlugs.Contains(s.TopicKey))
                || (s.Topic == AlertTopic.Body && item.BodySlugs.Contains(s.TopicKey)))
            // An embargoed release goes only to accredited journalists following everything or its section,
            // whatever their frequency: it is of no use in tomorrow's digest.
            && (embargoed
                ? s.AccreditationId != null && (s.Topic == AlertTopic.Everything || s.Topic == AlertTopic.Section)
                : s.Frequency == AlertFrequency.Immediate);
    }

    /// <summary>The publications a subscription's digest covers, of those the public may see.</summary>
    public static Expression<Func<Publication, bool>> Covers(AlertSubscription subscription)
    {
        var key = subscription.TopicKey;
        var language = subscription.Language;
        return subscription.Topic switch
        {
            AlertTopic.Section => p => p.Language == language && p.Section!.Slug == key,
            AlertTopic.Kind => Enum.TryParse<PublicationKind>(key, out var kind) ? p => p.Language == language && p.Kind == kind : p => false,
            AlertTopic.Person => p => p.Language == language && p.People.Any(person => person.Slug == key),
            AlertTopic.Tag => p => p.Language == language && p.Tags.Any(tag => tag.Slug == key),
            AlertTopic.Body => p => p.Language == language && p.Bodies.Any(body => body.Slug == key),
            _ => p => p.Language == language,
        };
    }
}
