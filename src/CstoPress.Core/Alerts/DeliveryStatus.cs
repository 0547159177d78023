namespace CstoPress.Core.Alerts;

public enum DeliveryStatus
{
    /// <summary>To be sent, or to be tried again after a temporary failure.</summary>
    Waiting = 0,
    Sent = 1,

    /// <summary>Refused for good by the mail server, or given up after the last retry.</summary>
    Failed = 2,
}
