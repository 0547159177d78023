namespace CstoPress.Data.Repositories.Editorial;

/// <summary>A press contact as the catalog lists it, with how many publications it signs.</summary>
public sealed record PressContactUse(int Id, string Name, string? Post, IReadOnlyList<string> NameVariants, int Publications);
