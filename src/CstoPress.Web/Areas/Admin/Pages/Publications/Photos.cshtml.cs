using CstoPress.Web.Media;

namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>The photos of a publication: adding one, putting them in order, removing one.</summary>
public class PhotosModel(PublicationEditingRepository editing, PublicationPhotoRepository photos, PhotoIntake photoIntake, TimeProvider time,
    SecurityLog securityLog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public PhotoSection Section { get; private set; } = null!;

    private DateTimeOffset Now => time.GetUtcNow();

    public IActionResult OnGet() => RedirectToPage("Edit", new { id = Id });

    /// <summary>A photo's bytes, shown to the editors whatever the status of the item.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(Guid imageId, CancellationToken cancellationToken) =>
        await photos.ImageOfAsync(Id, imageId, cancellationToken) is { } image
            ? File(image.Bytes, image.ContentType)
            : NotFound();

    /// <summary>Adds a photo: the file is checked and cleaned by <see cref="PhotoIntake"/>; caption and alt text are required.</summary>
    public async Task<IActionResult> OnPostUploadPhotoAsync([FromForm(Name = "NewPhoto")] PhotoInput newPhoto, CancellationToken cancellationToken)
    {
        if (await editing.ForEditingAsync(Id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        ModelState.Clear();
        TryValidateModel(newPhoto, nameof(PhotoSection.NewPhoto));
        if (newPhoto.File is null || newPhoto.File.Length == 0)
        {
            ModelState.AddModelError("NewPhoto.File", "Choose a photo file (JPEG, PNG or WebP).");
        }

        var problemStatus = StatusCodes.Status400BadRequest;
        if (ModelState.IsValid && newPhoto.File is { } file)
        {
            await using var stream = file.OpenReadStream();
            var result = await photoIntake.ReadAsync(stream, file.Length, cancellationToken);
            if (result is { Image: { } image, Thumbnail: { } thumbnail })
            {
                var photo = new Photo { Caption = newPhoto.Caption.Trim(), AltText = newPhoto.AltText.Trim(), Credit = Blank(newPhoto.Credit) };
                await photos.AddAsync(publication, photo, image, thumbnail, AuditTrail.Entry(User, "added a photo", publication, Now, newPhoto.Caption),
                    cancellationToken);
                TempData["Notice"] = "The photo was added.";
                return RedirectToPage("Edit", new { id = Id });
            }

            securityLog.Record(HttpContext, SecurityEvent.UploadRefused, detail: $"publication {Id}: {result.Problem}");
            ModelState.AddModelError("NewPhoto.File", result.Problem!);
            problemStatus = result.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status415UnsupportedMediaType;
        }

        Section = new PhotoSection(publication, photoIntake.MaxUploadBytes / (1024 * 1024)) { NewPhoto = newPhoto };
        Response.StatusCode = problemStatus;
        return Page();
    }

    public Task<IActionResult> OnPostMovePhotoAsync(int photoId, int by, CancellationToken cancellationToken) =>
        ArrangeAsync(ordered =>
        {
            var index = ordered.FindIndex(p => p.Id == photoId);
            var target = index + Math.Sign(by);
            if (index >= 0 && target >= 0 && target < ordered.Count)
            {
                (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
            }
        }, "reordered the photos", "The photos were reordered.", cancellationToken);

    public Task<IActionResult> OnPostRemovePhotoAsync(int photoId, CancellationToken cancellationToken) =>
        ArrangeAsync(ordered => ordered.RemoveAll(p => p.Id == photoId), "removed a photo", "The photo was removed.", cancellationToken);

    private async Task<IActionResult> ArrangeAsync(Action<List<Photo>> change, string action, string notice, CancellationToken cancellationToken)
    {
        if (await editing.ForEditingAsync(Id, cancellationToken) is not { } publication)
        {
            return NotFound();
        }

        var ordered = publication.Photos.OrderBy(p => p.Order).ToList();
        change(ordered);
        await photos.ArrangeAsync(publication, ordered, AuditTrail.Entry(User, action, publication, Now), cancellationToken);
        TempData["Notice"] = notice;
        return RedirectToPage("Edit", new { id = Id });
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
