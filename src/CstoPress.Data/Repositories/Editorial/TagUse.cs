namespace CstoPress.Data.Repositories.Editorial;

/// <summary>A tag and how many publications carry it.</summary>
public sealed record TagUse(int Id, string Slug, string Name, int Publications);
