namespace CstoPress.Core.Publications;

/// <summary>
/// The press contact's details as printed on the publication. Copied, not referenced,
/// so an archived release keeps the phone number it was issued with.
/// </summary>
public class ContactSnapshot
{
    public string? Name { get; set; }
    public string? Post { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email);

    public static ContactSnapshot Of(PressContact contact) => new()
    {
        Name = contact.Name,
        Post = contact.Post,
        Phone = contact.Phone,
        Email = contact.Email,
    };

    /// <summary>The same printed details for another publication (a translation).</summary>
    public ContactSnapshot Copy() => (ContactSnapshot)MemberwiseClone();
}
