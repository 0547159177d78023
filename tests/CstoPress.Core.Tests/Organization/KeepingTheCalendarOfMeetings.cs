using CstoPress.Core.Organization;

namespace CstoPress.Core.Tests.Organization;

public class KeepingTheCalendarOfMeetings
{
    private static readonly DateTimeOffset Now = new(2024, 7, 26, 12, 0, 0, TimeSpan.Zero);
    private const string Editor = "editor@example.org";

    private static Meeting Announced(MeetingStatus status = MeetingStatus.Provisional)
    {
        var meeting = new Meeting { Number = 5, StartsOn = new DateOnly(2024, 9, 10), EndsOn = new DateOnly(2024, 9, 11) };
        meeting.Announce(status, Editor, Now);
        return meeting;
    }

    [Fact]
    public void APostponedMeetingMovesWithItsLengthAndKeepsWhereItWas()
    {
        var meeting = Announced(MeetingStatus.Confirmed);

        meeting.Postpone(new DateOnly(2024, 10, 1), "At the request of the chairing State", Editor, Now);

        Assert.Equal(MeetingStatus.Postponed, meeting.Status);
        Assert.Equal(new DateOnly(2024, 10, 2), meeting.EndsOn);
        var change = meeting.StatusChanges[^1];
        Assert.Equal(new DateOnly(2024, 9, 10), change.PreviousDay);
        Assert.Equal("At the request of the chairing State", change.Reason);
        Assert.Equal(MeetingStatus.Confirmed, change.From);
    }

    [Fact]
    public void ACancellationNeedsAReasonAndEndsTheMeetingsChanges()
    {
        var meeting = Announced();

        Assert.Throws<RegisterRuleException>(() => meeting.Cancel("  ", Editor, Now));
        meeting.Cancel("The agenda was exhausted by correspondence", Editor, Now);

        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
        Assert.Throws<RegisterRuleException>(() => meeting.Confirm(null, Editor, Now));
        Assert.Equal([MeetingStatus.Provisional, MeetingStatus.Cancelled], meeting.StatusChanges.Select(c => c.To));
    }

    [Fact]
    public void AMeetingIsHeldOnItsDayNotBefore()
    {
        var meeting = Announced(MeetingStatus.Confirmed);

        Assert.Throws<RegisterRuleException>(() => meeting.MarkHeld(new DateOnly(2024, 9, 9), Editor, Now));
        meeting.MarkHeld(new DateOnly(2024, 9, 10), Editor, Now);

        Assert.Equal(MeetingStatus.Held, meeting.Status);
    }

    [Fact]
    public void ASecondPersonApprovesWhatWasSentForReview()
    {
        var review = new RegisterReview();
        review.SubmitForReview("author@example.org");

        Assert.Throws<RegisterRuleException>(() => review.Approve("AUTHOR@example.org", Now));
        review.Approve("second@example.org", Now);

        Assert.Equal(RegisterStatus.Published, review.Status);
        Assert.Equal(Now, review.PublishedAt);
    }

    [Fact]
    public void OneStateChairsABodyAtATime()
    {
        var body = new OrganizationBody { Slug = "permanent-council", Name = "Permanent Council", NameRu = "Постоянный совет" };
        body.AddChairmanship(new BodyChairmanship { State = MemberState.Kazakhstan, From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) });

        Assert.Throws<RegisterRuleException>(() =>
            body.AddChairmanship(new BodyChairmanship { State = MemberState.Russia, From = new DateOnly(2024, 6, 1) }));
        body.AddChairmanship(new BodyChairmanship { State = MemberState.Russia, From = new DateOnly(2025, 1, 1) });

        Assert.Equal(MemberState.Kazakhstan, body.ChairOn(new DateOnly(2024, 7, 26)));
        Assert.Equal(MemberState.Russia, body.ChairOn(new DateOnly(2026, 7, 26)));
    }
}
