using CstoPress.Core.Alerts;

namespace CstoPress.Core.Publications;

/// <summary>
/// What a save leaves behind besides the item itself: the old address's redirect, revisions of a public text,
/// the alert that tells subscribers (stored in the same transaction, so it is neither lost nor doubled), and
/// whether the item's translations now need updating.
/// </summary>
public sealed record SaveTrail(SlugRedirect? Redirect, IReadOnlyList<PublicationRevision> Revisions, Alert? Alert = null, bool MarksTranslations = false)
{
    public static SaveTrail None { get; } = new(null, []);
}
