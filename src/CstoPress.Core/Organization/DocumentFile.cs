namespace CstoPress.Core.Organization;

/// <summary>The official text of a version as a PDF or DOCX file, kept in the database like photos so every node serves it.</summary>
public class DocumentFile
{
    public int Id { get; set; }
    public int DocumentVersionId { get; set; }
    public required string FileName { get; set; }
    public FileFormat Format { get; set; }
    public required byte[] Content { get; set; }
    public long Size { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
