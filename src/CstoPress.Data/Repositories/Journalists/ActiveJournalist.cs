namespace CstoPress.Data.Repositories.Journalists;

/// <summary>An accredited journalist whose accreditation holds now: who a copy of an embargoed item is for.</summary>
public sealed record ActiveJournalist(int AccreditationId, string Name, string Outlet, string RecipientCode, string? TimeZone);
