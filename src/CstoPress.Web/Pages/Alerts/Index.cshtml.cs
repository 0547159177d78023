using CstoPress.Core.Alerts;
using CstoPress.Core.People;
using CstoPress.Data.Repositories.Alerts;
using CstoPress.Web.Alerts;
using CstoPress.Web.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CstoPress.Web.Pages.Alerts;

/// <summary>
/// Signing up for e-mail alerts (/alerts, /ru/alerts), without an account. The answer is the same whether the
/// address was known or not, so the page tells nobody who follows what; the confirmation link does the rest.
/// Posts are limited per client address, as the accreditation form's are, so the form cannot be used to flood an inbox.
/// </summary>
[EnableRateLimiting(AccountsHosting.RegistrationRateLimit)]
public class IndexModel(AlertSubscriptionRepository subscriptions, CatalogRepository catalog, PickListRepository pickLists,
    IStringLocalizer<SiteText> text, TimeProvider time) : PageModel
{
    [BindProperty]
    public SubscriptionInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public ContentLanguage Language => PageLanguage.Of(HttpContext);

    public IReadOnlyList<SectionLink> Sections { get; private set; } = [];
    public IReadOnlyList<PersonLink> People { get; private set; } = [];
    public IReadOnlyList<OrganizationBody> Bodies { get; private set; } = [];

    /// <summary>Links from a section, person or tag page arrive with their topic chosen (?topic=Section&amp;key=news).</summary>
    public async Task OnGetAsync(AlertTopic? topic, string? key, CancellationToken cancellationToken)
    {
        Input.Topic = topic ?? AlertTopic.Everything;
        Input.Language = Language;
        (Input.Section, Input.Person, Input.Tag, Input.Body) = (key, key, key, key);
        if (Input.Topic == AlertTopic.Kind && Enum.TryParse<PublicationKind>(key, out var kind))
        {
            Input.Kind = kind;
        }

        await LoadChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Input.CheckAsync(ModelState, text, (topic, key) => subscriptions.TopicExistsAsync(topic, key, cancellationToken));
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        await subscriptions.SignUpAsync(Input.ToSubscription(Language, time.GetUtcNow()), time.GetUtcNow(), cancellationToken);
        Sent = true;
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Sections = await catalog.SectionsAsync(cancellationToken);
        People = await catalog.PeopleAsync(cancellationToken);
        Bodies = await pickLists.BodiesAsync(cancellationToken);
    }
}
