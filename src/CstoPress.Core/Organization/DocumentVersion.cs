namespace CstoPress.Core.Organization;

/// <summary>A document's text in one language: the original, or a translation that may be unofficial.</summary>
public class DocumentVersion
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public ContentLanguage Language { get; set; }
    public required string Title { get; set; }

    /// <summary>The official text, in Markdown, shown as HTML through the same pipeline as publication bodies.</summary>
    public string Text { get; set; } = "";

    public bool IsOriginal { get; set; }

    /// <summary>A translation made for information, without the force of the original.</summary>
    public bool IsUnofficial { get; set; }

    /// <summary>The publication this version was taken from when the register began, kept so nothing of it is lost.</summary>
    public int? SourcePublicationId { get; set; }

    public List<DocumentFile> Files { get; set; } = [];
}
