namespace CstoPress.Core.Publications;

/// <summary>A public note that a published text was changed: 'Updated 12.03.2023: corrected the date'.</summary>
public class ChangeNote
{
    public int Id { get; set; }
    public int PublicationId { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public required string Note { get; set; }
}
