using System.ComponentModel.DataAnnotations;
using CstoPress.Core.People;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CstoPress.Web.Areas.Admin.Pages.Catalog;

/// <summary>What the press contact form sends, for a new contact and for an edit alike.</summary>
public sealed class PressContactInput
{
    /// <summary>The name of the pages' property the form is bound to, and so the prefix of its fields and messages.</summary>
    public const string Prefix = "Input";

    [Required(ErrorMessage = "A press contact needs a name.")]
    [StringLength(200, ErrorMessage = "The name can have at most {1} characters.")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "The post can have at most {1} characters.")]
    public string? Post { get; set; }

    [StringLength(100, ErrorMessage = "The phone can have at most {1} characters.")]
    public string? Phone { get; set; }

    [StringLength(200, ErrorMessage = "The e-mail address can have at most {1} characters.")]
    [EmailAddress(ErrorMessage = "Type an e-mail address such as press@example.org, or leave it empty.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    public static PressContactInput From(PressContact contact) => new() { Name = contact.Name, Post = contact.Post, Phone = contact.Phone, Email = contact.Email };

    /// <summary>Valid once <see cref="CheckNameAsync"/> found nothing to say.</summary>
    public PressContactDetails Details() => new(Name!.Trim(), Blank(Post), Blank(Phone), Blank(Email));

    /// <summary>
    /// Adds to the form's messages, next to the name, when another contact is already called so: two contacts
    /// of one name would read as one person to readers, and merging them is what the editor means.
    /// </summary>
    public async Task CheckNameAsync(ModelStateDictionary modelState, PressContactEditingRepository contacts, int exceptId, CancellationToken cancellationToken)
    {
        if (modelState.IsValid && await contacts.NameTakenAsync(Name!.Trim(), exceptId, cancellationToken))
        {
            modelState.AddModelError($"{Prefix}.{nameof(Name)}", $"Another press contact is named '{Name.Trim()}'; merge the two instead.");
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
