namespace CstoPress.Core.Alerts;

/// <summary>Which alert a step of the workflow or a save leaves: going public, a major change, going under embargo, or none.</summary>
public static class AlertsOfAStep
{
    public static Alert? After(Publication publication, PublicationStatus statusBefore, bool embargoBefore, ChangeSize change, DateTimeOffset now,
        TimeSpan delay)
    {
        var publicNow = PublicVisibility.IsListed(publication, now);
        if (publicNow && statusBefore != PublicationStatus.Published)
        {
            return Alert.For(publication.Id, AlertKind.Published, now, delay);
        }

        if (publicNow && change == ChangeSize.Major)
        {
            return Alert.For(publication.Id, AlertKind.Updated, now, delay, publication.ChangeNotes.LastOrDefault()?.Note);
        }

        return publication.IsUnderEmbargo && !embargoBefore ? Alert.For(publication.Id, AlertKind.Embargoed, now, delay) : null;
    }
}
