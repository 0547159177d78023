using CstoPress.Core.Alerts;

namespace CstoPress.Data.Repositories.Alerts;

/// <summary>A message that failed, or waits to be tried again, with the mail server's reason.</summary>
public sealed record FailingDelivery(
    long Id, string Email, DeliveryPurpose Purpose, DeliveryStatus Status, int Attempts, string Reason, DateTimeOffset? LastAttemptAt,
    DateTimeOffset NextAttemptAt);
