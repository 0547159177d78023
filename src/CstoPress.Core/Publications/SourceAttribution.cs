namespace CstoPress.Core.Publications;

/// <summary>Where a quoted or translated text comes from (an agency dispatch, say).</summary>
public class SourceAttribution
{
    public string? Agency { get; set; }
    public string? OriginalLanguage { get; set; }
    public bool IsOurTranslation { get; set; }
}
