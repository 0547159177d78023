using CstoPress.Core.Alerts;
using CstoPress.Core.Text;
using CstoPress.Web.Journalists;
using CstoPress.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CstoPress.Web.Alerts;

/// <summary>The subscription form: an address, what to follow, the language and how often.</summary>
public sealed class SubscriptionInput
{
    public string? Email { get; set; }
    public AlertTopic Topic { get; set; }
    public string? Section { get; set; }
    public PublicationKind? Kind { get; set; }
    public string? Person { get; set; }

    /// <summary>Typed as readers see it; found by its address form.</summary>
    public string? Tag { get; set; }

    public string? Body { get; set; }
    public ContentLanguage? Language { get; set; }
    public AlertFrequency Frequency { get; set; }

    /// <summary>The key of the chosen topic: a slug, or the kind's name; empty for everything.</summary>
    public string TopicKey => Topic switch
    {
        AlertTopic.Section => Section ?? "",
        AlertTopic.Kind => Kind?.ToString() ?? "",
        AlertTopic.Person => Person ?? "",
        AlertTopic.Tag => Slugs.From(Tag),
        AlertTopic.Body => Body ?? "",
        _ => "",
    };

    /// <summary>Each problem under its field, in the page's language; <paramref name="exists"/> tells whether a chosen topic is known.</summary>
    public async Task CheckAsync(ModelStateDictionary modelState, IStringLocalizer<SiteText> text, Func<AlertTopic, string, Task<bool>> exists)
    {
        var email = Email?.Trim() ?? "";
        if (email.Length is 0 or > 256 || !RegistrationInput.IsEmailAddress(email))
        {
            modelState.AddModelError($"Input.{nameof(Email)}", text["Alerts.BadEmail"]);
        }

        if (!Enum.IsDefined(Topic) || !Enum.IsDefined(Frequency) || (Topic != AlertTopic.Everything && TopicKey.Length == 0))
        {
            modelState.AddModelError($"Input.{nameof(Topic)}", text["Alerts.BadTopic"]);
            return;
        }

        if (Topic != AlertTopic.Everything && !await exists(Topic, TopicKey))
        {
            modelState.AddModelError($"Input.{(Topic == AlertTopic.Tag ? nameof(Tag) : nameof(Topic))}",
                Topic == AlertTopic.Tag ? text["Alerts.UnknownTag", Tag ?? ""] : text["Alerts.BadTopic"]);
        }
    }

    public AlertSubscription ToSubscription(ContentLanguage pageLanguage, DateTimeOffset now) => new()
    {
        Email = AlertAddresses.Normalized(Email ?? ""), Topic = Topic, TopicKey = TopicKey, Language = Language ?? pageLanguage,
        Frequency = Frequency, Status = SubscriptionStatus.AwaitingConfirmation, CreatedAt = now,
    };
}
