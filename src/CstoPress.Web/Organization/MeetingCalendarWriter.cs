using CstoPress.Core.Organization;
using CstoPress.Data.Repositories.Organization;
using CstoPress.Web.Feeds;
using CstoPress.Web.Localization;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Localization;

namespace CstoPress.Web.Organization;

/// <summary>
/// The calendar of meetings as iCalendar (RFC 5545), written by Ical.Net. Each meeting is one all-day event
/// whose UID never changes, with a SEQUENCE that grows with every change of status, so a calendar application
/// moves a postponed meeting and strikes a cancelled one instead of adding a second event.
/// </summary>
public sealed class MeetingCalendarWriter(FeedIdentity identity, IStringLocalizer<SiteText> text)
{
    public string Write(IReadOnlyList<CalendarEntry> entries, ContentLanguage language, string origin, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = "-//CstoPress//Calendar of meetings//" + language.Code().ToUpperInvariant() };
        calendar.AddProperty("X-WR-CALNAME", text["MeetingCalendar"].Value);
        calendar.AddProperty("X-WR-TIMEZONE", "Europe/Moscow");
        foreach (var entry in entries)
        {
            calendar.Events.Add(EventOf(entry, language, origin, now));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private CalendarEvent EventOf(CalendarEntry entry, ContentLanguage language, string origin, DateTimeOffset now)
    {
        var meeting = entry.Meeting;
        var ru = language == ContentLanguage.Ru;
        var agenda = ru && entry.AgendaRu.Length > 0 ? entry.AgendaRu : entry.Agenda;
        var status = text[$"MeetingStatus.{meeting.Status}"].Value + (meeting.StatusReason is null ? "" : ": " + meeting.StatusReason);
        var link = origin + SiteLinks.Meeting(language, meeting.BodySlug, meeting.Number);
        var lastDay = meeting.EndsOn ?? meeting.StartsOn;
        return new CalendarEvent
        {
            Uid = identity.Meeting(meeting.Id),
            Summary = text["MeetingOf", meeting.Number, meeting.BodyNameIn(language)].Value,
            // All-day: meetings are announced by day; DTEND is the day after the last (RFC 5545 3.6.1).
            DtStart = new CalDateTime(meeting.StartsOn),
            DtEnd = new CalDateTime(lastDay.AddDays(1)),
            Location = meeting.PlaceIn(language),
            Description = string.Join("\n", new[] { status, agenda.Trim(), link }.Where(part => part.Length > 0)),
            Url = new Uri(link),
            Status = meeting.Status switch
            {
                MeetingStatus.Cancelled => EventStatus.Cancelled,
                MeetingStatus.Confirmed or MeetingStatus.Held => EventStatus.Confirmed,
                _ => EventStatus.Tentative,
            },
            Sequence = Math.Max(0, entry.Changes - 1),
            LastModified = new CalDateTime(entry.UpdatedAt.UtcDateTime, CalDateTime.UtcTzId),
            DtStamp = new CalDateTime(now.UtcDateTime, CalDateTime.UtcTzId),
        };
    }
}
