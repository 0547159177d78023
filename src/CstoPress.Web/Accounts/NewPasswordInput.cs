using System.ComponentModel.DataAnnotations;

namespace CstoPress.Web.Accounts;

/// <summary>A new password typed twice, as the reset page and the change-password form ask for it.</summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "Enter a new password of 12 characters or more.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Type the new password again.")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are not the same.")]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}
