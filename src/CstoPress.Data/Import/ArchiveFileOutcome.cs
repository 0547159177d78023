namespace CstoPress.Data.Import;

public enum ArchiveFileOutcome
{
    Imported,
    Updated,
    Unchanged,
    Failed,
}
