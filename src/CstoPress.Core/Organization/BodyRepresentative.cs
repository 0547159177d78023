namespace CstoPress.Core.Organization;

/// <summary>Who represents a member State in a body, and for how long (a Permanent Council's plenipotentiaries change).</summary>
public class BodyRepresentative
{
    public int Id { get; set; }
    public int BodyId { get; set; }
    public MemberState State { get; set; }
    public required string Name { get; set; }
    public required string NameRu { get; set; }
    public string? Post { get; set; }
    public string? PostRu { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }

    public bool Covers(DateOnly day) => From <= day && (To is null || day <= To);
}
