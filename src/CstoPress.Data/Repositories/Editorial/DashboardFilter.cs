namespace CstoPress.Data.Repositories.Editorial;

/// <summary>What the dashboard is narrowed to; every part is optional.</summary>
public sealed record DashboardFilter(
    int? SectionId = null,
    PublicationKind? Kind = null,
    ContentLanguage? Language = null,
    PublicationStatus? Status = null,
    string? TitleContains = null)
{
    /// <summary>
    /// The section, kind and language, narrowed as every list of publications is; the status and the
    /// title are the desk's own questions.
    /// </summary>
    public PublicationNarrowing Narrowing => new() { SectionId = SectionId, Kind = Kind, Language = Language };
}
