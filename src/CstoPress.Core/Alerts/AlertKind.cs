namespace CstoPress.Core.Alerts;

/// <summary>Why subscribers are told about an item.</summary>
public enum AlertKind
{
    Published = 0,

    /// <summary>A major change to a published item: subscribers are told 'Updated: …' with the change note.</summary>
    Updated = 1,

    /// <summary>A release under embargo, mailed to the accredited journalists following its topic.</summary>
    Embargoed = 2,
}
