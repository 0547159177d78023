namespace CstoPress.Data.Accounts;

/// <summary>An account as the list of users shows it: who, and with which roles.</summary>
public sealed record DirectoryAccount(string Id, string? Email, IReadOnlyList<string> Roles);
