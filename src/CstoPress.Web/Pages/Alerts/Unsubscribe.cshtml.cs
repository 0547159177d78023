using CstoPress.Core.Alerts;
using CstoPress.Data.Repositories.Alerts;
using CstoPress.Web.Alerts;

namespace CstoPress.Web.Pages.Alerts;

/// <summary>
/// One subscription's unsubscribe link, also the List-Unsubscribe address of its messages. Opening it asks first
/// (mail scanners open links); a POST unsubscribes, which is what mail clients send for RFC 8058's one-click
/// unsubscribe ('List-Unsubscribe=One-Click', without cookies, so without an antiforgery token: the signed code
/// is what proves the right to it, and unsubscribing twice changes nothing).
/// </summary>
[IgnoreAntiforgeryToken]
public class UnsubscribeModel(AlertSubscriptionRepository subscriptions, AlertTokens tokens, AlertTopicText topics, TimeProvider time) : PageModel
{
    public AlertSubscription? Subscription { get; private set; }

    public bool Done { get; private set; }

    public string Topic { get; private set; } = "";

    public string Frequency { get; private set; } = "";

    public string Code { get; private set; } = "";

    public ContentLanguage Language => PageLanguage.Of(HttpContext);

    public Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken) => ShowAsync(code, unsubscribe: false, cancellationToken);

    public Task<IActionResult> OnPostAsync(string? code, CancellationToken cancellationToken) => ShowAsync(code, unsubscribe: true, cancellationToken);

    private async Task<IActionResult> ShowAsync(string? code, bool unsubscribe, CancellationToken cancellationToken)
    {
        Response.Headers["X-Robots-Tag"] = "noindex";
        Response.Headers.CacheControl = "no-store";
        Subscription = tokens.ReadUnsubscribe(code) is { } id ? await subscriptions.ByIdAsync(id, cancellationToken) : null;
        if (Subscription is null)
        {
            // Erased after unsubscribing, or a damaged link: either way nothing is sent to it any more.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Code = code!;
        if (unsubscribe)
        {
            Subscription.Unsubscribe(time.GetUtcNow());
            await subscriptions.SaveAsync(cancellationToken);
        }

        Done = Subscription.Status == SubscriptionStatus.Unsubscribed;
        Topic = await topics.TopicAsync(Subscription, cancellationToken);
        Frequency = AlertTopicText.Frequency(Subscription);
        return Page();
    }
}
