namespace CstoPress.Core.People;

/// <summary>
/// The press office's point of contact signed under a release. Publications copy these details
/// when they are published (see <see cref="Publications.ContactSnapshot"/>).
/// </summary>
public class PressContact
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Post { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public List<string> NameVariants { get; set; } = [];
}
