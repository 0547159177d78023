namespace CstoPress.Core.Alerts;

public enum DeliveryPurpose
{
    /// <summary>The double opt-in link.</summary>
    Confirmation = 0,
    Alert = 1,
    Digest = 2,
}
