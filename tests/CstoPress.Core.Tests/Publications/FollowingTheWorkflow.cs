namespace CstoPress.Core.Tests.Publications;

public class FollowingTheWorkflow
{
    private static readonly DateTimeOffset Now = new(2024, 7, 26, 12, 0, 0, TimeSpan.Zero);

    private static Publication Draft() => new() { Id = 1, Title = "Title", Slug = "title" };

    [Fact]
    public void ASecondPersonApprovesWhatWasSentForReviewAndItIsPublished()
    {
        var item = Draft();
        item.SubmitForReview("author@example.org", Now);

        item.Approve("editor@example.org", Now);

        Assert.Equal(PublicationStatus.Published, item.Status);
        Assert.False(item.AwaitsApproval);
        Assert.Equal(Now, item.PublishedAt);
    }

    [Fact]
    public void TheAuthorCannotApproveTheirOwnText()
    {
        var item = Draft();
        item.SubmitForReview("author@example.org", Now);

        var error = Assert.Throws<PublicationRuleException>(() => item.Approve("AUTHOR@example.org", Now));
        Assert.Contains("second person", error.Message);
        Assert.Equal(PublicationStatus.InReview, item.Status);
    }

    [Fact]
    public void PublishingAtOnceLeavesTheItemAwaitingApprovalBySomeoneElse()
    {
        var item = Draft();
        item.PublishNow("editor@example.org", Now);

        Assert.Equal(PublicationStatus.Published, item.Status);
        Assert.True(item.AwaitsApproval);
        Assert.Throws<PublicationRuleException>(() => item.Approve("editor@example.org", Now));

        item.Approve("secretary@example.org", Now.AddMinutes(5));
        Assert.False(item.AwaitsApproval);
    }

    [Fact]
    public void SchedulingWhatSomeoneElseSentApprovesIt()
    {
        var item = Draft();
        item.SubmitForReview("author@example.org", Now);

        item.ScheduleFor(Now.AddHours(2), "editor@example.org", Now);

        Assert.Equal(PublicationStatus.Scheduled, item.Status);
        Assert.Equal(Now.AddHours(2), item.PublishedAt);
        Assert.False(item.AwaitsApproval);
    }

    [Fact]
    public void SchedulingOnesOwnDraftLeavesItAwaitingApproval()
    {
        var item = Draft();

        item.ScheduleFor(Now.AddHours(2), "editor@example.org", Now);

        Assert.True(item.AwaitsApproval);
    }

    [Fact]
    public void OnlyDraftsGoToTheTrashAndTheyComeBack()
    {
        var item = Draft();
        item.MoveToTrash(Now);
        Assert.Equal(Now, item.DeletedAt);
        Assert.Throws<PublicationRuleException>(() => item.SubmitForReview("a@example.org", Now));

        item.RestoreFromTrash(Now);
        Assert.Null(item.DeletedAt);

        item.PublishNow("editor@example.org", Now);
        var error = Assert.Throws<PublicationRuleException>(() => item.MoveToTrash(Now));
        Assert.Contains("Only drafts", error.Message);
    }

    [Fact]
    public void UnpublishingInFavourOfAnotherItemPointsThere()
    {
        var item = Draft();
        item.PublishNow("editor@example.org", Now);
        var replacement = new Publication { Id = 2, Title = "Corrected", Slug = "corrected" };
        replacement.PublishNow("editor@example.org", Now);

        item.UnpublishReplacedBy(replacement, Now);

        Assert.Equal(PublicationStatus.Draft, item.Status);
        Assert.Equal(2, item.ReplacedById);
        Assert.False(PublicVisibility.IsReachable(item, Now));
    }

    [Fact]
    public void ChangingTheAddressOfAPublishedItemKeepsTheOldOne()
    {
        var item = Draft();
        item.PublishNow("editor@example.org", Now);

        var redirect = item.ChangeSlug("new-address", Now);

        Assert.NotNull(redirect);
        Assert.Equal("title", redirect.OldSlug);
        Assert.Equal("new-address", item.Slug);
    }

    [Fact]
    public void ChangingTheAddressOfADraftKeepsNothing()
    {
        var item = Draft();

        Assert.Null(item.ChangeSlug("new-address", Now));
    }
}
