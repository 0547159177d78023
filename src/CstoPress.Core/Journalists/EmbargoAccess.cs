namespace CstoPress.Core.Journalists;

/// <summary>One look at an embargoed item by an accredited journalist: on the site or through the personal feed.</summary>
public class EmbargoAccess
{
    public long Id { get; set; }
    public int PublicationId { get; set; }
    public int AccreditationId { get; set; }
    public DateTimeOffset At { get; set; }
    public EmbargoChannel Channel { get; set; }

    /// <summary>The address the request came from, as the proxy in front of the portal reports it.</summary>
    public string? RemoteAddress { get; set; }
}
