namespace CstoPress.Core.Publications;

/// <summary>The formal identity of a resolution or statement: who adopted it, its number, when.</summary>
public class DocumentDetails
{
    public string? AdoptingBody { get; set; }
    public string? DocumentNumber { get; set; }
    public DateOnly? AdoptedOn { get; set; }
}
