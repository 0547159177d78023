using System.ComponentModel.DataAnnotations;
using CstoPress.Core.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register.Documents;

/// <summary>The document form as posted: the entry, its two language versions and, for a new entry, its first step.</summary>
public sealed class DocumentInput
{
    [Display(Name = "Symbol or number")]
    public string? Symbol { get; set; }

    public DocumentType Type { get; set; } = DocumentType.Decision;

    [Display(Name = "Adopting body")]
    public int? BodyId { get; set; }

    [Display(Name = "Adopting body outside the Organization")]
    [StringLength(300)]
    public string? AdoptingBodyName { get; set; }

    [Display(Name = "Original language")]
    public ContentLanguage OriginalLanguage { get; set; } = ContentLanguage.Ru;

    [Display(Name = "Title in Russian")]
    [StringLength(500)]
    public string? TitleRu { get; set; }

    [Display(Name = "Official text in Russian (Markdown)")]
    public string? TextRu { get; set; }

    [Display(Name = "Title in English")]
    [StringLength(500)]
    public string? TitleEn { get; set; }

    [Display(Name = "Official text in English (Markdown)")]
    public string? TextEn { get; set; }

    [Display(Name = "The translation is unofficial")]
    public bool TranslationUnofficial { get; set; } = true;

    [Display(Name = "First step")]
    public DocumentStage FirstStage { get; set; } = DocumentStage.Draft;

    [Display(Name = "Date of the first step")]
    public DateOnly? FirstOn { get; set; }

    [Display(Name = "Meeting of the first step")]
    public int? FirstMeetingId { get; set; }

    public uint Version { get; set; }

    public static DocumentInput From(Document document)
    {
        var ru = document.Versions.FirstOrDefault(v => v.Language == ContentLanguage.Ru);
        var en = document.Versions.FirstOrDefault(v => v.Language == ContentLanguage.En);
        var original = document.Versions.FirstOrDefault(v => v.IsOriginal);
        var translation = document.Versions.FirstOrDefault(v => !v.IsOriginal);
        return new DocumentInput
        {
            Symbol = document.Symbol, Type = document.Type, BodyId = document.BodyId, AdoptingBodyName = document.AdoptingBodyName,
            OriginalLanguage = original?.Language ?? ContentLanguage.Ru,
            TitleRu = ru?.Title, TextRu = ru?.Text, TitleEn = en?.Title, TextEn = en?.Text,
            TranslationUnofficial = translation?.IsUnofficial ?? true,
            Version = document.Version,
        };
    }

    /// <summary>Writes the form onto the entry by the register's rules; a broken rule throws with the editor's message.</summary>
    public void ApplyTo(Document document, DateTimeOffset now)
    {
        var problem = DocumentSymbols.ProblemWith(Symbol);
        if (problem is not null)
        {
            throw new RegisterRuleException(problem);
        }

        document.Symbol = Symbol!.Trim();
        document.SymbolKey = DocumentSymbols.KeyOf(document.Symbol);
        document.Type = Type;
        document.BodyId = BodyId;
        document.AdoptingBodyName = BodyId is null && !string.IsNullOrWhiteSpace(AdoptingBodyName) ? AdoptingBodyName.Trim() : null;
        document.SetVersion(ContentLanguage.Ru, TitleRu, TextRu, OriginalLanguage == ContentLanguage.Ru, TranslationUnofficial);
        document.SetVersion(ContentLanguage.En, TitleEn, TextEn, OriginalLanguage == ContentLanguage.En, TranslationUnofficial);
        document.RequireOneOriginal();
        document.UpdatedAt = now;
    }
}
