using CstoPress.Web.Publishing;

namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>Creating and revoking the secret addresses at which a colleague without an account reads the item.</summary>
public class PreviewLinksModel(PreviewLinkRepository previewLinks, PublicationEditingRepository editing, TimeProvider time, IOptions<PublishingOptions> publishing)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public IActionResult OnGet() => RedirectToPage("Edit", new { id = Id });

    [LeavesPublicPagesAlone]
    public async Task<IActionResult> OnPostCreatePreviewLinkAsync(CancellationToken cancellationToken)
    {
        if (await editing.ByIdAsync(Id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        var now = time.GetUtcNow();
        var token = PreviewTokens.NewToken();
        var link = new PreviewLink
        {
            PublicationId = Id, TokenHash = PreviewTokens.Hash(token), CreatedAt = now, CreatedBy = AuditTrail.ActorOf(User),
            ExpiresAt = now + publishing.Value.PreviewLinkLifetime,
        };
        await previewLinks.CreateAsync(link, AuditTrail.Entry(User, "created a preview link", publication, now), cancellationToken);
        TempData["PreviewLink"] = $"{Request.Scheme}://{Request.Host}/preview/{token}";
        return RedirectToPage("Edit", new { id = Id });
    }

    [LeavesPublicPagesAlone]
    public async Task<IActionResult> OnPostRevokePreviewLinkAsync(int linkId, CancellationToken cancellationToken)
    {
        if (await editing.ByIdAsync(Id, cancellationToken) is not { } publication
            || !await previewLinks.RevokeAsync(Id, linkId, AuditTrail.Entry(User, "revoked a preview link", publication, time.GetUtcNow()), cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = "The preview link no longer works.";
        return RedirectToPage("Edit", new { id = Id });
    }
}
