namespace CstoPress.Core.Tests.Publications;

public class PublishingAndWithdrawing
{
    private static readonly DateTimeOffset Now = new(2024, 7, 26, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void PublishingAnUndatedDraftPublishesItNow()
    {
        var item = new Publication { Title = "Title", Slug = "title" };

        item.Publish(Now);

        Assert.Equal(PublicationStatus.Published, item.Status);
        Assert.Equal(Now, item.PublishedAt);
    }

    [Fact]
    public void PublishingADraftDatedInTheFutureSchedulesIt()
    {
        var item = new Publication { Title = "Title", Slug = "title", PublishedAt = Now.AddDays(1) };

        item.Publish(Now);

        Assert.Equal(PublicationStatus.Scheduled, item.Status);
    }

    [Fact]
    public void SchedulingInThePastIsRefused()
    {
        var item = new Publication { Title = "Title", Slug = "title" };

        var error = Assert.Throws<PublicationRuleException>(() => item.Schedule(Now.AddMinutes(-1), Now));
        Assert.Contains("future", error.Message);
    }

    [Fact]
    public void WithdrawingKeepsThePublicReason()
    {
        var item = new Publication { Title = "Title", Slug = "title" };
        item.Publish(Now);

        item.Withdraw("  Published in error.  ", Now.AddHours(1));

        Assert.Equal(PublicationStatus.Withdrawn, item.Status);
        Assert.Equal("Published in error.", item.WithdrawalReason);
        Assert.Equal(Now.AddHours(1), item.WithdrawnAt);
    }

    [Fact]
    public void WithdrawingNeedsAReasonAndAPublishedItem()
    {
        var draft = new Publication { Title = "Title", Slug = "title" };
        Assert.Throws<PublicationRuleException>(() => draft.Withdraw("reason", Now));

        draft.Publish(Now);
        Assert.Throws<PublicationRuleException>(() => draft.Withdraw(" ", Now));
    }

    [Fact]
    public void PressOfficeTimeShowsMoscowDates()
    {
        var time = PressOfficeTime.FromZoneId("Europe/Moscow");

        Assert.Equal("18.11.2021", time.Date(new DateTimeOffset(2021, 11, 17, 22, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2021, 11, 17, 6, 0, 0, TimeSpan.Zero), time.ToUtc(new DateTime(2021, 11, 17, 9, 0, 0)));
    }
}
