namespace CstoPress.Data.Repositories.Editorial;

/// <summary>Where a split sent the spellings, and how many publications went along.</summary>
public sealed record PressContactSplitOutcome(int ContactId, string ContactName, int PublicationsMoved);
