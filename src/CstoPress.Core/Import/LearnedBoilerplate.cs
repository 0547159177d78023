namespace CstoPress.Core.Import;

/// <summary>A paragraph the importer has learned to be the old site's, remembered so later imports clean it too.</summary>
public class LearnedBoilerplate
{
    public const int SampleLength = 200;

    public required string Fingerprint { get; set; }
    public int FilesSeen { get; set; }

    /// <summary>The start of the paragraph, so an editor can see what is being removed.</summary>
    public string Sample { get; set; } = "";
}
