using CstoPress.Core.Organization;
using CstoPress.Data.Repositories.Organization;
using CstoPress.Web.Feeds;

namespace CstoPress.Web.Pages.Documents;

public class IndexModel(DocumentRegisterRepository register, BodyRepository bodies) : PublicPageModel
{
    public IReadOnlyList<DocumentLine> Documents { get; private set; } = [];

    public IReadOnlyList<CstoPress.Core.People.OrganizationBody> Bodies { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? TypeFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "body")]
    public string? BodyFilter { get; set; }

    /// <summary>A filter that could not be read: named on the page and left out, like the search's.</summary>
    public string? IgnoredFilter { get; private set; }

    public async Task OnGetAsync()
    {
        DocumentType? type = null;
        if (!string.IsNullOrEmpty(TypeFilter))
        {
            if (Enum.TryParse<DocumentType>(TypeFilter, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(TypeFilter, out _))
            {
                type = parsed;
            }
            else
            {
                IgnoredFilter = TypeFilter;
                TypeFilter = null;
            }
        }

        Bodies = await bodies.BodiesAsync(HttpContext.RequestAborted);
        if (!string.IsNullOrEmpty(BodyFilter) && Bodies.All(b => b.Slug != BodyFilter))
        {
            IgnoredFilter = BodyFilter;
            BodyFilter = null;
        }

        Documents = await register.RegisterAsync(type, BodyFilter, Language, HttpContext.RequestAborted);
        CanonicalPath = SiteLinks.Documents(Language);
        OtherLanguageUrl = SiteLinks.Documents(Language.Other());
        ViewData.Announce(Text["FeedTitlePrefix"], Text["DocumentRegister"], format => FeedLinks.Documents(Language, format));
    }
}
