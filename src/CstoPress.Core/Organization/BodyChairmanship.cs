namespace CstoPress.Core.Organization;

/// <summary>A member State chairing a body for a period: the chairmanship rotates, usually every year.</summary>
public class BodyChairmanship
{
    public int Id { get; set; }
    public int BodyId { get; set; }
    public MemberState State { get; set; }
    public DateOnly From { get; set; }

    /// <summary>The last day of the chairmanship; empty while it lasts.</summary>
    public DateOnly? To { get; set; }

    public bool Covers(DateOnly day) => From <= day && (To is null || day <= To);
}
