namespace CstoPress.Data.Repositories.Editorial;

/// <summary>
/// How a contact's publications were signed: how many printed each name (as their snapshot keeps it),
/// and how many printed none (a draft not yet out, a signature with a phone alone).
/// </summary>
public sealed record PressContactSignatures(IReadOnlyDictionary<string, int> BySignedName, int WithoutName);
