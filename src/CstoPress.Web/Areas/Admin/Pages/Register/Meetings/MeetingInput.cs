using System.ComponentModel.DataAnnotations;
using CstoPress.Core.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register.Meetings;

/// <summary>The meeting form as posted. The status is chosen only when announcing; later changes have a form of their own, with the reason.</summary>
public sealed class MeetingInput
{
    [Display(Name = "Body")]
    public int BodyId { get; set; }

    [Display(Name = "Number (within the body)")]
    public int? Number { get; set; }

    [Display(Name = "First day")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Last day (if more than one)")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "Place in English"), StringLength(200)]
    public string? Place { get; set; }

    [Display(Name = "Place in Russian"), StringLength(200)]
    public string? PlaceRu { get; set; }

    [Display(Name = "Chair in English"), StringLength(300)]
    public string? Chair { get; set; }

    [Display(Name = "Chair in Russian"), StringLength(300)]
    public string? ChairRu { get; set; }

    [Display(Name = "Agenda in English (one item a line)"), StringLength(10000)]
    public string? Agenda { get; set; }

    [Display(Name = "Agenda in Russian (one item a line)"), StringLength(10000)]
    public string? AgendaRu { get; set; }

    [Display(Name = "Announced as")]
    public MeetingStatus Status { get; set; } = MeetingStatus.Provisional;

    public uint Version { get; set; }

    public static MeetingInput From(Meeting meeting) => new()
    {
        BodyId = meeting.BodyId, Number = meeting.Number, StartsOn = meeting.StartsOn, EndsOn = meeting.EndsOn,
        Place = meeting.Place, PlaceRu = meeting.PlaceRu, Chair = meeting.Chair, ChairRu = meeting.ChairRu,
        Agenda = meeting.Agenda, AgendaRu = meeting.AgendaRu, Status = meeting.Status, Version = meeting.Version,
    };

    public void ApplyTo(Meeting meeting, DateTimeOffset now)
    {
        if (Number is not > 0)
        {
            throw new RegisterRuleException("Give the meeting's number within its body (1, 2, …).");
        }

        if (StartsOn is not { } first)
        {
            throw new RegisterRuleException("Give the day the meeting begins.");
        }

        if (EndsOn < first)
        {
            throw new RegisterRuleException("A meeting cannot end before it begins.");
        }

        meeting.BodyId = BodyId;
        meeting.Number = Number.Value;
        meeting.StartsOn = first;
        meeting.EndsOn = EndsOn == first ? null : EndsOn;
        meeting.Place = Place?.Trim() ?? "";
        meeting.PlaceRu = PlaceRu?.Trim() ?? "";
        meeting.Chair = Blank(Chair);
        meeting.ChairRu = Blank(ChairRu);
        meeting.Agenda = Agenda?.Trim() ?? "";
        meeting.AgendaRu = AgendaRu?.Trim() ?? "";
        meeting.UpdatedAt = now;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
