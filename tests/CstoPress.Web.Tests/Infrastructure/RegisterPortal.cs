using CstoPress.Core.Organization;

namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>A seeded portal with helpers to fill the register: documents, meetings and the news that links them.</summary>
public class RegisterPortal : SeededPortal
{
    public int BodyId(string slug) => Catalog.Body(slug).Id;

    public async Task<Document> AddDocumentAsync(Document document, params Publication[] news)
    {
        await AddAsync(news);
        await WithDatabaseAsync(async db =>
        {
            var ids = news.Select(p => p.Id).ToList();
            document.News.AddRange(await db.Publications.Where(p => ids.Contains(p.Id)).ToListAsync());
            db.Documents.Add(document);
        });
        return document;
    }

    public async Task<Meeting> AddMeetingAsync(Meeting meeting, params Publication[] news)
    {
        await AddAsync(news);
        await WithDatabaseAsync(async db =>
        {
            var ids = news.Select(p => p.Id).ToList();
            meeting.News.AddRange(await db.Publications.Where(p => ids.Contains(p.Id)).ToListAsync());
            db.Meetings.Add(meeting);
        });
        return meeting;
    }

    /// <summary>A meeting announced (and published after review) by the rules, on a day counted from the test clock's.</summary>
    public Meeting Meeting(string bodySlug, int number, int daysFromNow, MeetingStatus status = MeetingStatus.Confirmed, bool published = true)
    {
        var meeting = new Meeting
        {
            BodyId = BodyId(bodySlug), Number = number,
            StartsOn = DateOnly.FromDateTime(StartTime.UtcDateTime).AddDays(daysFromNow),
            Place = "Moscow", PlaceRu = "Москва", Agenda = "On the calendar of the next year\nOn the budget", AgendaRu = "О плане на следующий год\nО бюджете",
            Review = published ? new RegisterReview { Status = RegisterStatus.Published, PublishedAt = StartTime.AddDays(-1) } : new RegisterReview(),
        };
        var by = "editor@example.org";
        meeting.Announce(status == MeetingStatus.Provisional ? status : MeetingStatus.Confirmed, by, StartTime.AddDays(-20));
        switch (status)
        {
            case MeetingStatus.Held:
                meeting.MarkHeld(meeting.StartsOn, by, StartTime.AddDays(-10));
                break;
            case MeetingStatus.Postponed:
                meeting.Postpone(null, "At the request of the chairing State", by, StartTime.AddDays(-10));
                break;
            case MeetingStatus.Cancelled:
                meeting.Cancel("The questions were settled by correspondence", by, StartTime.AddDays(-10));
                break;
        }

        return meeting;
    }
}
