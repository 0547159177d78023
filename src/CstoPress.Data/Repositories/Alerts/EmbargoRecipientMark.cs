namespace CstoPress.Data.Repositories.Alerts;

/// <summary>What marks a journalist's embargoed copy.</summary>
public sealed record EmbargoRecipientMark(string RecipientCode, string? TimeZone);
