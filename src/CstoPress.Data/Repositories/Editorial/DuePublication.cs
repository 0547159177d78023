namespace CstoPress.Data.Repositories.Editorial;

/// <summary>A scheduled item the scheduler has just published.</summary>
public sealed record DuePublication(int Id, string Title);
