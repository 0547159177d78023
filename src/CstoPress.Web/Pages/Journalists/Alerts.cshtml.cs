using CstoPress.Core.Alerts;
using CstoPress.Data.Repositories.Alerts;
using CstoPress.Web.Alerts;
using CstoPress.Web.Journalists;
using Microsoft.AspNetCore.Authorization;

namespace CstoPress.Web.Pages.Journalists;

/// <summary>
/// An accredited journalist's alerts (/journalists/alerts), to the work address the accreditation proved, so no
/// confirmation link is needed. Following everything or a section also brings its embargoed releases.
/// </summary>
[Authorize(Roles = PortalRoles.Journalist)]
public class AlertsModel(CurrentJournalist current, AlertSubscriptionRepository subscriptions, CatalogRepository catalog, AlertTopicText topics,
    TimeProvider time) : PageModel
{
    public string Email { get; private set; } = "";

    public IReadOnlyList<(AlertSubscription Subscription, string Topic, string Frequency)> Subscriptions { get; private set; } = [];

    public IReadOnlyList<SectionLink> Sections { get; private set; } = [];

    /// <summary>A section's slug, or empty for everything.</summary>
    [BindProperty]
    public string? Section { get; set; }

    [BindProperty]
    public AlertFrequency Frequency { get; set; }

    [BindProperty]
    public ContentLanguage FollowLanguage { get; set; }

    public ContentLanguage Language => PageLanguage.Of(HttpContext);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(null, cancellationToken);

    public Task<IActionResult> OnPostFollowAsync(CancellationToken cancellationToken) => ShowAsync(async (journalist, email) =>
    {
        var sections = await catalog.SectionsAsync(cancellationToken);
        var section = sections.FirstOrDefault(s => s.Slug == Section);
        await subscriptions.FollowAsJournalistAsync(new AlertSubscription
        {
            Email = AlertAddresses.Normalized(email), Topic = section is null ? AlertTopic.Everything : AlertTopic.Section, TopicKey = section?.Slug ?? "",
            Language = FollowLanguage, Frequency = Enum.IsDefined(Frequency) ? Frequency : AlertFrequency.Immediate, AccreditationId = journalist.AccreditationId,
            CreatedAt = time.GetUtcNow(),
        }, time.GetUtcNow(), cancellationToken);
    }, cancellationToken);

    public Task<IActionResult> OnPostStopAsync(int id, CancellationToken cancellationToken) => ShowAsync(async (_, email) =>
    {
        if ((await subscriptions.OfAddressAsync(email, cancellationToken)).FirstOrDefault(s => s.Id == id) is { } subscription)
        {
            subscription.Unsubscribe(time.GetUtcNow());
            await subscriptions.SaveAsync(cancellationToken);
        }
    }, cancellationToken);

    private async Task<IActionResult> ShowAsync(Func<Data.Repositories.Journalists.ActiveJournalist, string, Task>? change, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "private, no-store";
        if (await current.OfAsync(User, cancellationToken) is not { } journalist
            || await subscriptions.WorkEmailOfAsync(journalist.AccreditationId, cancellationToken) is not { } email)
        {
            return RedirectToPage("/Account/Denied");
        }

        if (change is not null)
        {
            await change(journalist, email);
            return RedirectToPage();
        }

        Email = email;
        Sections = await catalog.SectionsAsync(cancellationToken);
        var shown = new List<(AlertSubscription, string, string)>();
        foreach (var subscription in (await subscriptions.OfAddressAsync(email, cancellationToken)).Where(s => s.Status != SubscriptionStatus.Unsubscribed))
        {
            shown.Add((subscription, await topics.TopicAsync(subscription, cancellationToken), AlertTopicText.Frequency(subscription)));
        }

        Subscriptions = shown;
        FollowLanguage = Language;
        return Page();
    }
}
