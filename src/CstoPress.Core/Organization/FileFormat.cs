namespace CstoPress.Core.Organization;

/// <summary>The formats in which a document's official text is attached.</summary>
public enum FileFormat
{
    Pdf = 0,
    Docx = 1,
}
