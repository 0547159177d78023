using CstoPress.Core.Organization;
using Ical.Net;
using Ical.Net.DataTypes;

namespace CstoPress.Web.Tests.Organization;

/// <summary>A portal whose calendar holds one meeting of each status, and a meeting not yet through review.</summary>
public sealed class CalendarPortal : RegisterPortal
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await AddMeetingAsync(Meeting("permanent-council", 7, 20, MeetingStatus.Confirmed));
        await AddMeetingAsync(Meeting("council-of-defence-ministers", 3, 40, MeetingStatus.Provisional));
        await AddMeetingAsync(Meeting("collective-security-council", 2, 30, MeetingStatus.Cancelled));
        await AddMeetingAsync(Meeting("permanent-council", 6, -10, MeetingStatus.Held));
        await AddMeetingAsync(Meeting("secretariat", 1, 15, MeetingStatus.Confirmed, published: false));
    }
}

public class SubscribingToTheCalendarOfMeetingsTests(CalendarPortal portal) : IClassFixture<CalendarPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task TheFeedParsesBackWithEveryPublicMeetingAsAnAllDayEvent()
    {
        var response = await _client.GetAsync("/meetings/calendar.ics");
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(4, calendar.Events.Count);
        var seventh = calendar.Events.Single(e => e.Summary == "Permanent Council: meeting No. 7");
        Assert.Equal(new CalDateTime(2024, 8, 15), seventh.DtStart);
        Assert.Equal(new CalDateTime(2024, 8, 16), seventh.DtEnd);
        Assert.False(seventh.DtStart!.HasTime);
        Assert.Equal("Moscow", seventh.Location);
        Assert.Equal(EventStatus.Confirmed, seventh.Status);
        Assert.Contains("On the budget", seventh.Description, StringComparison.Ordinal);
        Assert.EndsWith("/meetings/permanent-council/7", seventh.Url!.ToString(), StringComparison.Ordinal);
        Assert.Equal(EventStatus.Tentative, calendar.Events.Single(e => e.Summary!.Contains("Defence", StringComparison.Ordinal)).Status);
        Assert.DoesNotContain(calendar.Events, e => e.Summary!.Contains("Secretariat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACancelledMeetingKeepsItsUidAndComesWithAHigherSequenceAndItsReason()
    {
        var calendar = Calendar.Load(await _client.GetStringAsync("/meetings/calendar.ics"))!;

        var cancelled = calendar.Events.Single(e => e.Summary == "Collective Security Council: meeting No. 2");

        Assert.Equal(EventStatus.Cancelled, cancelled.Status);
        Assert.Equal(1, cancelled.Sequence);
        Assert.StartsWith("tag:odkb-csto.org,2024:meeting/", cancelled.Uid, StringComparison.Ordinal);
        Assert.Contains("Cancelled: The questions were settled by correspondence", cancelled.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRussianFeedSpeaksRussian()
    {
        var calendar = Calendar.Load(await _client.GetStringAsync("/ru/meetings/calendar.ics"))!;

        var seventh = calendar.Events.Single(e => e.Summary == "Постоянный совет: заседание № 7");
        Assert.Equal("Москва", seventh.Location);
        Assert.Contains("О бюджете", seventh.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCalendarPageShowsWhatIsAheadSoonestFirstAndWhatWasHeld()
    {
        var html = await _client.GetTextAsync("/meetings");

        var ahead = html[html.IndexOf("Coming meetings", StringComparison.Ordinal)..html.IndexOf("Recent meetings", StringComparison.Ordinal)];
        Assert.True(ahead.IndexOf("meeting No. 7", StringComparison.Ordinal) < ahead.IndexOf("meeting No. 2", StringComparison.Ordinal));
        Assert.Contains("Cancelled: The questions were settled by correspondence", ahead);
        Assert.DoesNotContain("Secretariat", ahead);
        Assert.Contains("href=\"/meetings/calendar.ics\"", html);
        Assert.Contains("Permanent Council: meeting No. 6", html[html.IndexOf("Recent meetings", StringComparison.Ordinal)..]);
    }
}
