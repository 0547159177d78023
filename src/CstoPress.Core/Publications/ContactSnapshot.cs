namespace CstoPress.Core.Publications;

/// <summary>
/// The press contact's details as printed on the publication. Copied, not referenced,
/// so an archived release keeps the phone number it was issued with; the name printed stays
/// recorded here, while readers see the name the catalog keeps (<see cref="UnderCatalogName"/>).
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

    /// <summary>
    /// The snapshot as readers see it: one name for one person, the contact's as the catalog keeps it now
    /// (an editor may correct it there), with the post, phone and e-mail as printed. A snapshot that
    /// printed no name, and one whose contact is gone, stay as they are.
    /// </summary>
    public ContactSnapshot UnderCatalogName(string? catalogName)
    {
        if (string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(catalogName))
        {
            return this;
        }

        var shown = Copy();
        shown.Name = catalogName;
        return shown;
    }
}
