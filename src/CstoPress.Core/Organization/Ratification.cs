namespace CstoPress.Core.Organization;

/// <summary>One row of a document's ratification table: a member State and when it ratified, if it has.</summary>
public sealed record Ratification(MemberState State, DateOnly? RatifiedOn, string? Note);
