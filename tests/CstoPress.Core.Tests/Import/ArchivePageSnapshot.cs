using System.Globalization;

namespace CstoPress.Core.Tests.Import;

/// <summary>Everything a page read from the archive says, as one text, so two readings can be compared whole.</summary>
internal static class ArchivePageSnapshot
{
    public static string Of(ArchivePageReading reading) => reading.Page is { } page ? Of(page) : "failed: " + reading.Problem;

    public static string Of(ArchivePage page)
    {
        var speech = page.Speech;
        string[] parts =
        [
            page.Title, page.Date?.ToString("o", CultureInfo.InvariantCulture) ?? "", page.Language.ToString(), page.Kind.ToString(),
            page.KindReason, page.Lead, page.Body, page.Agency ?? "", page.OriginalLanguage?.ToString() ?? "",
            page.Signature?.ToString() ?? "", string.Join(" | ", page.PhotoFiles), string.Join(" | ", page.ReviewReasons),
            speech.Heading?.Text ?? "", speech.OccasionLine?.Text ?? "", string.Join(" | ", speech.Addressees.Select(a => a.Text)),
            speech.SpeakerPost ?? "", speech.Occasion ?? "", speech.Place ?? "", speech.DeliveredOnText,
        ];
        return string.Join('\n', parts);
    }
}
