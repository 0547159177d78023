namespace CstoPress.Web.Areas.Admin;

/// <summary>A publication's state in the press office's words, as every admin page shows it.</summary>
public static class PublicationStates
{
    public static string Name(PublicationStatus status) => status switch
    {
        PublicationStatus.Draft => "Draft",
        PublicationStatus.InReview => "In review",
        PublicationStatus.Scheduled => "Scheduled",
        PublicationStatus.Published => "Published",
        PublicationStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };

    /// <summary>A class for the state's badge, so the states are told apart at a glance (and not by colour alone: the name is written).</summary>
    public static string BadgeClass(PublicationStatus status) => "badge state-" + status.ToString().ToLowerInvariant();

    /// <summary>The press office's time zone as editors say it ('Moscow' for Europe/Moscow), to follow every time shown.</summary>
    public static string ZoneName(PressOfficeTime time)
    {
        var id = time.Zone.Id;
        return id.Contains('/', StringComparison.Ordinal) ? id[(id.LastIndexOf('/') + 1)..].Replace('_', ' ') : time.Zone.StandardName;
    }
}
