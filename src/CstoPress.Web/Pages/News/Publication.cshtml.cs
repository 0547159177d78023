using CstoPress.Core.Markdown;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Pages.News;

public class PublicationModel(PublicationRepository publications, PublicationMarkdown markdown, DocumentRegisterRepository register) : PublicPageModel
{
    public PublicationPage Publication { get; private set; } = null!;
    public string BodyHtml { get; private set; } = "";
    public NeighbourLinks Neighbours { get; private set; } = new(null, null);

    /// <summary>The register's documents and meetings this item reports on.</summary>
    public RegisterLinks Register { get; private set; } = new([], []);

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var page = await publications.BySlugAsync(slug, cancellationToken);
        if (page is null)
        {
            var moved = await publications.RedirectForSlugAsync(slug, cancellationToken);
            return moved is null ? NotFound() : RedirectPermanent(SiteLinks.Publication(Language, moved));
        }

        // Each publication lives at the address of its own language; /ru/news/{english-slug} is not a second copy.
        if (page.Language != Language)
        {
            return RedirectPermanent(SiteLinks.Publication(page.Language, page.Slug));
        }

        Publication = page;
        BodyHtml = page.IsWithdrawn ? "" : page.BodyHtml ?? markdown.ToHtml(page.Body, page.Language);
        Neighbours = await publications.NeighboursInSectionAsync(page, cancellationToken);
        if (page.MayBeInRegister)
        {
            Register = await register.LinkedToPublicationAsync(page.Id, page.Language, cancellationToken);
        }

        CanonicalPath = SiteLinks.Publication(page.Language, page.Slug);
        var other = page.Language == ContentLanguage.Ru ? ContentLanguage.En : ContentLanguage.Ru;
        OtherLanguageUrl = page.OtherLanguage is { } translation
            ? SiteLinks.Publication(translation.Language, translation.Slug)
            : SiteLinks.Section(other, page.SectionSlug);
        return Page();
    }
}
