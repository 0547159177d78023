namespace CstoPress.Core.Import;

/// <summary>What the importer read from one saved page, ready to become a publication.</summary>
public sealed record ArchivePage(
    string Title,
    DateOnly? Date,
    ContentLanguage Language,
    PublicationKind Kind,
    string KindReason,
    string Lead,
    string Body,
    string? Agency,
    ContentLanguage? OriginalLanguage,
    PressSignature? Signature,
    IReadOnlyList<string> PhotoFiles,
    SpeechHeader Speech,
    IReadOnlyList<string> ReviewReasons)
{
    public bool NeedsReview => ReviewReasons.Count > 0;
}
