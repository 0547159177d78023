namespace CstoPress.Core.Organization;

/// <summary>
/// An entry of the register of documents: an act of the Organization (or one that concerns it) with its
/// symbol, its language versions and the dated steps of its life.
/// </summary>
public class Document
{
    public int Id { get; set; }

    /// <summary>The symbol or number as the Organization writes it; its stable address is built on it.</summary>
    public required string Symbol { get; set; }

    /// <summary>The symbol as looked up (<see cref="DocumentSymbols.KeyOf"/>): two symbols with the same key are the same document.</summary>
    public required string SymbolKey { get; set; }

    public DocumentType Type { get; set; }
    public int? BodyId { get; set; }
    public OrganizationBody? Body { get; set; }

    /// <summary>The adopting body as written, for a body outside the Organization (the UN General Assembly) or as a publication named it.</summary>
    public string? AdoptingBodyName { get; set; }

    /// <summary>The latest step of its life; the steps themselves are the history.</summary>
    public DocumentStage Stage { get; set; }

    public RegisterReview Review { get; set; } = new();
    public List<DocumentVersion> Versions { get; set; } = [];
    public List<DocumentStep> Steps { get; set; } = [];
    public List<Publication> News { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }

    /// <summary>The version to show in a language: that language's, else the original.</summary>
    public DocumentVersion? VersionIn(ContentLanguage language) =>
        Versions.FirstOrDefault(v => v.Language == language) ?? Versions.FirstOrDefault(v => v.IsOriginal) ?? Versions.FirstOrDefault();
}
