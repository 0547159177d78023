namespace CstoPress.Data.Repositories.Organization;

/// <summary>A meeting as the calendar feed carries it.</summary>
public sealed record CalendarEntry(
    MeetingLine Meeting, string Agenda, string AgendaRu, DateTimeOffset UpdatedAt, int Changes);
