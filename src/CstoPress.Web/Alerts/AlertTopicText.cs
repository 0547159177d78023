using CstoPress.Core.Alerts;
using CstoPress.Data.Repositories.Alerts;

namespace CstoPress.Web.Alerts;

/// <summary>How a subscription is named to its subscriber, on pages and in mail: its topic and frequency in their language.</summary>
public sealed class AlertTopicText(AlertContentRepository content)
{
    public async Task<string> TopicAsync(AlertSubscription subscription, CancellationToken cancellationToken = default)
    {
        var language = subscription.Language;
        var name = subscription.Topic switch
        {
            AlertTopic.Everything => "",
            AlertTopic.Kind => Enum.TryParse<PublicationKind>(subscription.TopicKey, out var kind) ? PageText.KindName(kind, language) : subscription.TopicKey,
            _ => await content.TopicNameAsync(subscription.Topic, subscription.TopicKey, language, cancellationToken),
        };
        return PageText.Of($"Alerts.Topic.{subscription.Topic}", language, name);
    }

    public static string Frequency(AlertSubscription subscription) =>
        PageText.Of($"Alerts.Frequency.{subscription.Frequency}", subscription.Language);
}
