using CstoPress.Core.Alerts;

namespace CstoPress.Core.Tests.Alerts;

public class AlertRulesTests
{
    private static readonly DateTimeOffset Friday = new(2024, 7, 26, 12, 0, 0, TimeSpan.Zero); // 15:00 in Moscow

    [Fact]
    public void DigestsLeaveAtEightInMoscow_DailyTheNextMorning_WeeklyOnMonday()
    {
        Assert.Equal(new DateTimeOffset(2024, 7, 27, 5, 0, 0, TimeSpan.Zero), DigestSchedule.NextAfter(Friday, AlertFrequency.Daily));
        Assert.Equal(new DateTimeOffset(2024, 7, 29, 5, 0, 0, TimeSpan.Zero), DigestSchedule.NextAfter(Friday, AlertFrequency.Weekly));
        var earlyMorning = new DateTimeOffset(2024, 7, 27, 2, 0, 0, TimeSpan.Zero); // 05:00 in Moscow
        Assert.Equal(new DateTimeOffset(2024, 7, 27, 5, 0, 0, TimeSpan.Zero), DigestSchedule.NextAfter(earlyMorning, AlertFrequency.Daily));
        var atSendingTime = new DateTimeOffset(2024, 7, 29, 5, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2024, 8, 5, 5, 0, 0, TimeSpan.Zero), DigestSchedule.NextAfter(atSendingTime, AlertFrequency.Weekly));
        Assert.Null(DigestSchedule.NextAfter(Friday, AlertFrequency.Immediate));
    }

    [Fact]
    public void TemporaryFailuresWaitLongerEachTime_ThenGiveUp()
    {
        var delivery = new AlertDelivery { Attempts = 1 };
        DeliveryRetries.FailedForNow(delivery, "421 busy", Friday);
        Assert.Equal(Friday.AddMinutes(1), delivery.NextAttemptAt);
        delivery.Attempts = 3;
        DeliveryRetries.FailedForNow(delivery, "421 busy", Friday);
        Assert.Equal(Friday.AddMinutes(15), delivery.NextAttemptAt);
        Assert.Equal(DeliveryStatus.Waiting, delivery.Status);
        delivery.Attempts = DeliveryRetries.Waits.Count + 1;
        DeliveryRetries.FailedForNow(delivery, "421 busy", Friday);
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);
        Assert.True(DeliveryRetries.IsPermanent(550));
        Assert.False(DeliveryRetries.IsPermanent(451));
    }

    [Fact]
    public void ThreePermanentFailuresSuspendTheSubscription()
    {
        var subscription = new AlertSubscription { Email = "a@example.org", Status = SubscriptionStatus.Active };
        for (var i = 1; i <= AlertSubscription.PermanentFailuresBeforeSuspension; i++)
        {
            Assert.Equal(SubscriptionStatus.Active, subscription.Status);
            DeliveryRetries.FailedForGood(new AlertDelivery(), subscription, "550 no such mailbox");
        }

        Assert.Equal(SubscriptionStatus.Suspended, subscription.Status);
    }

    [Fact]
    public void AMajorChangeNeedsItsNote_AMinorOneHasNone()
    {
        Assert.Equal(ChangeSize.Major, PublishingWorkflow.SizeOfChange(null, "Corrected the date."));
        Assert.Equal(ChangeSize.Minor, PublishingWorkflow.SizeOfChange(null, " "));
        Assert.Throws<PublicationRuleException>(() => PublishingWorkflow.SizeOfChange(ChangeSize.Major, ""));
        Assert.Throws<PublicationRuleException>(() => PublishingWorkflow.SizeOfChange(ChangeSize.Minor, "A note"));
    }

    [Fact]
    public void AStepLeavesAnAlertOnlyWhenItIsNews()
    {
        var item = new Publication { Id = 7, Title = "T", Slug = "t", Status = PublicationStatus.Published, PublishedAt = Friday.AddMinutes(-1) };
        var delay = TimeSpan.FromMinutes(5);
        Assert.Equal(AlertKind.Published, AlertsOfAStep.After(item, PublicationStatus.Draft, false, ChangeSize.Minor, Friday, delay)?.Kind);
        Assert.Equal(Friday + delay, AlertsOfAStep.After(item, PublicationStatus.Draft, false, ChangeSize.Minor, Friday, delay)?.SendAfter);
        Assert.Null(AlertsOfAStep.After(item, PublicationStatus.Published, false, ChangeSize.Minor, Friday, delay));
        Assert.Equal(AlertKind.Updated, AlertsOfAStep.After(item, PublicationStatus.Published, false, ChangeSize.Major, Friday, delay)?.Kind);

        var scheduled = new Publication { Id = 8, Title = "S", Slug = "s", Status = PublicationStatus.Scheduled, PublishedAt = Friday.AddDays(1), IsUnderEmbargo = true };
        Assert.Equal(AlertKind.Embargoed, AlertsOfAStep.After(scheduled, PublicationStatus.Scheduled, false, ChangeSize.Minor, Friday, delay)?.Kind);
        Assert.Null(AlertsOfAStep.After(scheduled, PublicationStatus.Scheduled, true, ChangeSize.Minor, Friday, delay));
    }

    [Fact]
    public void AnAlertGivenOutCanNoLongerBeHeldOrRetitled()
    {
        var alert = Alert.For(1, AlertKind.Published, Friday, TimeSpan.FromMinutes(5));
        alert.Hold("editor", Friday);
        alert.ChangeSubject("  New subject ");
        Assert.Equal("New subject", alert.Subject);
        alert.Release();
        alert.GivenOutAt = Friday.AddMinutes(5);
        Assert.Throws<AlertRuleException>(() => alert.Hold("editor", Friday));
        Assert.Throws<AlertRuleException>(() => alert.ChangeSubject("Late"));
    }
}
