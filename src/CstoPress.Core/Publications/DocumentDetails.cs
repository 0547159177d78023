namespace CstoPress.Core.Publications;

/// <summary>The formal identity of a resolution or statement: who adopted it, its number, when.</summary>
public class DocumentDetails
{
    public string? AdoptingBody { get; set; }
    public string? DocumentNumber { get; set; }
    public DateOnly? AdoptedOn { get; set; }

    /// <summary>The same details for another publication (a translation).</summary>
    public DocumentDetails Copy() => (DocumentDetails)MemberwiseClone();
}
