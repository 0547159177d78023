namespace CstoPress.Core.Alerts;

public enum SubscriptionStatus
{
    /// <summary>Signed up; nothing is sent but the confirmation until its link is opened (double opt-in).</summary>
    AwaitingConfirmation = 0,
    Active = 1,

    /// <summary>The mail server refused the address for good three times: nothing more is sent to it.</summary>
    Suspended = 2,
    Unsubscribed = 3,
}
