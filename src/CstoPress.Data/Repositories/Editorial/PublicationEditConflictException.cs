namespace CstoPress.Data.Repositories.Editorial;

/// <summary>
/// Someone else saved the publication after the editor began: the save was refused rather than
/// overwriting theirs, and nothing of it was stored.
/// </summary>
public sealed class PublicationEditConflictException(int publicationId, Exception inner)
    : Exception("Someone else saved this publication in the meantime.", inner)
{
    public int PublicationId { get; } = publicationId;
}
