namespace CstoPress.Core.Publications;

/// <summary>What a save leaves behind besides the item itself: the old address's redirect and revisions of a public text.</summary>
public sealed record SaveTrail(SlugRedirect? Redirect, IReadOnlyList<PublicationRevision> Revisions)
{
    public static SaveTrail None { get; } = new(null, []);
}
