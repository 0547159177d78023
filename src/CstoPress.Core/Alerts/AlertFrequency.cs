namespace CstoPress.Core.Alerts;

/// <summary>When a subscriber hears of what was published: at once, or in a daily or weekly digest.</summary>
public enum AlertFrequency
{
    Immediate = 0,
    Daily = 1,
    Weekly = 2,
}
