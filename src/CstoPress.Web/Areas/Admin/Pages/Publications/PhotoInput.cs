using System.ComponentModel.DataAnnotations;

namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>A photo being added: the file, and the words readers see with it.</summary>
public sealed class PhotoInput
{
    [Display(Name = "Photo file (JPEG, PNG or WebP)")]
    public IFormFile? File { get; set; }

    [Required(ErrorMessage = "Write a caption for the photo.")]
    [StringLength(1000)]
    public string Caption { get; set; } = "";

    [Required(ErrorMessage = "Describe the photo for readers who cannot see it (alt text).")]
    [StringLength(500)]
    [Display(Name = "Alt text (what the photo shows)")]
    public string AltText { get; set; } = "";

    [StringLength(200)]
    [Display(Name = "Credit (photographer or agency)")]
    public string? Credit { get; set; }
}
