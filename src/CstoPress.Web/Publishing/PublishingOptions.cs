namespace CstoPress.Web.Publishing;

/// <summary>The 'Publishing' configuration section.</summary>
public sealed class PublishingOptions
{
    public const string SectionName = "Publishing";

    /// <summary>How often the scheduler looks for scheduled items whose time has come.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether this node runs the scheduler; every node may, each item is still published once.</summary>
    public bool RunScheduler { get; set; } = true;

    /// <summary>How long a deleted item stays in the trash, restorable, before it is removed for good.</summary>
    public TimeSpan TrashRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a preview link works unless the editor chooses otherwise.</summary>
    public TimeSpan PreviewLinkLifetime { get; set; } = TimeSpan.FromDays(3);
}
