namespace CstoPress.Core.Publications;

/// <summary>
/// A secret address at which a colleague without an account can read a draft. Only the hash of
/// the token is stored, so a leaked database does not leak the drafts.
/// </summary>
public class PreviewLink
{
    public int Id { get; set; }
    public int PublicationId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
