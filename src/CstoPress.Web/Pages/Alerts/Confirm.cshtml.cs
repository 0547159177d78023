using CstoPress.Core.Alerts;
using CstoPress.Data.Repositories.Alerts;
using CstoPress.Web.Alerts;

namespace CstoPress.Web.Pages.Alerts;

/// <summary>
/// The double opt-in link (/alerts/confirm?code=…): the subscription starts. Only the latest link of a sign-up
/// works, for as long as an unconfirmed sign-up is kept; a damaged, replaced or expired link says what to do.
/// </summary>
public class ConfirmModel(AlertSubscriptionRepository subscriptions, AlertTokens tokens, AlertTopicText topics, TimeProvider time) : PageModel
{
    public Outcome Result { get; private set; }

    public string Topic { get; private set; } = "";

    public string Frequency { get; private set; } = "";

    public string ManageCode { get; private set; } = "";

    public ContentLanguage Language => PageLanguage.Of(HttpContext);

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        Response.Headers["X-Robots-Tag"] = "noindex";
        var now = time.GetUtcNow();
        var subscription = tokens.TryReadConfirmation(code, out var id, out var signedUpAt) ? await subscriptions.ByIdAsync(id, cancellationToken) : null;
        // The database keeps microseconds: a code sealed with the sign-up's own time names the latest sign-up.
        var latest = subscription is not null && (subscription.CreatedAt - signedUpAt).Duration() < TimeSpan.FromMilliseconds(1);
        Result = subscription is null || !latest ? Outcome.BadLink
            : subscription.Status == SubscriptionStatus.Active ? Outcome.Confirmed
            : subscription.Status != SubscriptionStatus.AwaitingConfirmation || now - signedUpAt > AlertSubscription.UnconfirmedErasedAfter ? Outcome.Expired
            : Outcome.Confirmed;
        if (Result != Outcome.Confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        subscription!.Confirm(now);
        await subscriptions.SaveAsync(cancellationToken);
        Topic = await topics.TopicAsync(subscription, cancellationToken);
        Frequency = AlertTopicText.Frequency(subscription);
        ManageCode = tokens.Manage(subscription.Email);
        return Page();
    }

    public enum Outcome
    {
        Confirmed,
        Expired,
        BadLink,
    }
}
