using CstoPress.Core.Alerts;
using CstoPress.Data.Repositories.Alerts;
using CstoPress.Web.Alerts;

namespace CstoPress.Web.Pages.Alerts;

/// <summary>
/// All the subscriptions of one address (/alerts/manage?code=…), reached through the signed link in every message:
/// each can be stopped, or all at once. The code names the address; nothing else is needed, no account.
/// </summary>
public class ManageModel(AlertSubscriptionRepository subscriptions, AlertTokens tokens, AlertTopicText topics, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public string? Email { get; private set; }

    public IReadOnlyList<(AlertSubscription Subscription, string Topic, string Frequency)> Subscriptions { get; private set; } = [];

    public bool StoppedAll { get; private set; }

    public ContentLanguage Language => PageLanguage.Of(HttpContext);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(null, cancellationToken);

    public Task<IActionResult> OnPostStopAsync(int id, CancellationToken cancellationToken) =>
        ShowAsync(all => all.Where(s => s.Id == id), cancellationToken);

    public async Task<IActionResult> OnPostStopAllAsync(CancellationToken cancellationToken)
    {
        var result = await ShowAsync(all => all, cancellationToken);
        StoppedAll = Email is not null;
        return result;
    }

    private async Task<IActionResult> ShowAsync(Func<IEnumerable<AlertSubscription>, IEnumerable<AlertSubscription>>? stop, CancellationToken cancellationToken)
    {
        Response.Headers["X-Robots-Tag"] = "noindex";
        Response.Headers.CacheControl = "no-store";
        Email = tokens.ReadManage(Code);
        if (Email is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var all = await subscriptions.OfAddressAsync(Email, cancellationToken);
        if (stop is not null)
        {
            foreach (var subscription in stop(all))
            {
                subscription.Unsubscribe(time.GetUtcNow());
            }

            await subscriptions.SaveAsync(cancellationToken);
        }

        var shown = new List<(AlertSubscription, string, string)>();
        foreach (var subscription in all.Where(s => s.Status != SubscriptionStatus.Unsubscribed))
        {
            shown.Add((subscription, await topics.TopicAsync(subscription, cancellationToken), AlertTopicText.Frequency(subscription)));
        }

        Subscriptions = shown;
        return Page();
    }
}
