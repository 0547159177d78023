namespace CstoPress.Data.Repositories.Editorial;

/// <summary>An item removed for good from the trash.</summary>
public sealed record PurgedPublication(int Id, string Title, DateTimeOffset DeletedAt);
