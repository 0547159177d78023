namespace CstoPress.Core.Tests.Publications;

public class DecidingWhatThePublicSees
{
    private static readonly DateTimeOffset Now = new(2024, 7, 26, 12, 0, 0, TimeSpan.Zero);

    private static Publication Item(PublicationStatus status, DateTimeOffset? at) =>
        new() { Title = "t", Slug = "t", Status = status, PublishedAt = at };

    [Theory]
    [InlineData(PublicationStatus.Published, -1, true, true)]
    [InlineData(PublicationStatus.Published, 1, false, false)]
    [InlineData(PublicationStatus.Draft, -1, false, false)]
    [InlineData(PublicationStatus.InReview, -1, false, false)]
    [InlineData(PublicationStatus.Scheduled, -1, false, false)]
    [InlineData(PublicationStatus.Scheduled, 1, false, false)]
    [InlineData(PublicationStatus.Withdrawn, -1, false, true)]
    public void ListsOnlyPublishedItemsWhoseTimeHasCome(PublicationStatus status, int hours, bool listed, bool reachable)
    {
        var item = Item(status, Now.AddHours(hours));

        Assert.Equal(listed, PublicVisibility.IsListed(item, Now));
        Assert.Equal(reachable, PublicVisibility.IsReachable(item, Now));
        Assert.Equal(listed, PublicVisibility.Listed(Now).Compile()(item));
        Assert.Equal(reachable, PublicVisibility.Reachable(Now).Compile()(item));
    }

    [Fact]
    public void AnUndatedItemIsNeverPublic()
    {
        Assert.False(PublicVisibility.IsReachable(Item(PublicationStatus.Published, null), Now));
    }

    [Fact]
    public void AnItemInTheTrashIsNeverPublic()
    {
        var item = Item(PublicationStatus.Published, Now.AddHours(-1));
        item.DeletedAt = Now.AddMinutes(-1);

        Assert.False(PublicVisibility.IsListed(item, Now));
        Assert.False(PublicVisibility.IsReachable(item, Now));
    }
}
