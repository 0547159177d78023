namespace CstoPress.Data.Repositories.Alerts;

/// <summary>What the senders still have to do: alerts not yet given out to their subscribers, and messages waiting to leave.</summary>
public sealed record OutboxLength(int AlertsWaiting, int MessagesWaiting);
