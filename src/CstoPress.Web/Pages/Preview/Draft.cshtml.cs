using CstoPress.Core.Markdown;
using CstoPress.Web.Publishing;

namespace CstoPress.Web.Pages.Preview;

/// <summary>A draft shown to whoever holds its secret link: never indexed, never cached, never passed on as a referrer.</summary>
public class DraftModel(PreviewLinkRepository previewLinks, PublicationMarkdown markdown, TimeProvider time) : PageModel
{
    public Publication Publication { get; private set; } = null!;

    public string BodyHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (token.Length is < 20 or > 100 || await previewLinks.PreviewedAsync(PreviewTokens.Hash(token), time.GetUtcNow(), cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        Publication = publication;
        BodyHtml = markdown.ToHtml(publication.Body, publication.Language);
        return Page();
    }
}
