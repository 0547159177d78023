namespace CstoPress.Core.Tests.Import;

public class PublishingOrReviewing
{
    private readonly PublishOrReview _publishing = new(PressOfficeTime.FromZoneId("Europe/Moscow"));

    [Fact]
    public void ADatedPageIsPublishedAtTheStartOfItsDayInMoscow()
    {
        var item = new Publication { Title = "t", Slug = "t" };

        var reasons = _publishing.Apply(ArchivePages.Page(date: new DateOnly(2023, 5, 14)), item, ArchivePages.Now);

        Assert.Empty(reasons);
        Assert.Equal(PublicationStatus.Published, item.Status);
        Assert.Equal(new DateTimeOffset(2023, 5, 13, 21, 0, 0, TimeSpan.Zero), item.PublishedAt);
        Assert.Null(item.ReviewReason);
    }

    [Fact]
    public void ADateStillToComeWaitsForReview()
    {
        var item = new Publication { Title = "t", Slug = "t" };

        var reasons = _publishing.Apply(ArchivePages.Page(date: new DateOnly(2024, 7, 27)), item, ArchivePages.Now);

        Assert.Equal(["the date 27.07.2024 is in the future"], reasons);
        Assert.Equal(PublicationStatus.Draft, item.Status);
        Assert.Equal("the date 27.07.2024 is in the future", item.ReviewReason);
    }

    [Fact]
    public void WhatThePageLeftUnclearIsTheReviewReason()
    {
        var item = new Publication { Title = "t", Slug = "t", ReviewReason = "earlier" };

        _publishing.Apply(ArchivePages.Page(reviewReasons: ["no date line under the title", "no title"]), item, ArchivePages.Now);

        Assert.Equal(PublicationStatus.Draft, item.Status);
        Assert.Equal("no date line under the title; no title", item.ReviewReason);
    }

    [Fact]
    public void AReviewedPageWhoseFileNowReadsWellIsPublished()
    {
        var item = new Publication { Title = "t", Slug = "t", ReviewReason = "no date line under the title", Status = PublicationStatus.Draft };

        _publishing.Apply(ArchivePages.Page(), item, ArchivePages.Now);

        Assert.Equal(PublicationStatus.Published, item.Status);
        Assert.Null(item.ReviewReason);
    }
}
