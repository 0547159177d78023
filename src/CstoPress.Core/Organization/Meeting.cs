namespace CstoPress.Core.Organization;

/// <summary>A meeting (a session) of a body, numbered within the body: the 5th meeting of the Permanent Council.</summary>
public class Meeting
{
    public int Id { get; set; }
    public int BodyId { get; set; }
    public OrganizationBody? Body { get; set; }
    public int Number { get; set; }

    /// <summary>The day it begins, in the press office's calendar; meetings are announced by day, not by hour.</summary>
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string Place { get; set; } = "";
    public string PlaceRu { get; set; } = "";

    /// <summary>Who chairs it, as the press office writes it (the chairing State's representative).</summary>
    public string? Chair { get; set; }
    public string? ChairRu { get; set; }

    /// <summary>The agenda, one item a line.</summary>
    public string Agenda { get; set; } = "";
    public string AgendaRu { get; set; } = "";

    public MeetingStatus Status { get; set; }

    /// <summary>Why it was postponed or cancelled, shown with the status.</summary>
    public string? StatusReason { get; set; }

    public RegisterReview Review { get; set; } = new();
    public List<MeetingStatusChange> StatusChanges { get; set; } = [];
    public List<Publication> News { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }

    public DateOnly LastDay => EndsOn ?? StartsOn;
}
