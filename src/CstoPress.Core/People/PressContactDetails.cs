namespace CstoPress.Core.People;

/// <summary>What an editor types about a press contact in the catalog.</summary>
public sealed record PressContactDetails(string Name, string? Post, string? Phone, string? Email);
