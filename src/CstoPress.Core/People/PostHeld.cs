namespace CstoPress.Core.People;

/// <summary>An appointment over time: 'Acting Secretary General' from 2019 to 2020, say.</summary>
public class PostHeld
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public required string Title { get; set; }
    public string? TitleRu { get; set; }
    public bool IsActing { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }

    public bool HeldOn(DateOnly day) => From <= day && (To is null || day <= To);

    /// <summary>The title as it was printed at the time: 'Acting Secretary General'.</summary>
    public string DisplayTitle => IsActing && !Title.StartsWith("Acting ", StringComparison.OrdinalIgnoreCase)
        ? "Acting " + Title
        : Title;
}
