namespace CstoPress.Web.Alerts;

/// <summary>The 'Alerts' configuration section.</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    /// <summary>How long an immediate alert waits before it leaves, so the press office can hold it or change its subject.</summary>
    public TimeSpan ImmediateDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often each node's sender looks at the outbox.</summary>
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether this node runs a sender; every node may, each message still goes once.</summary>
    public bool RunSender { get; set; } = true;

    /// <summary>The most messages one node takes in one round.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a taken message is its sender's; a node that dies meanwhile leaves it to another after this.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);
}
