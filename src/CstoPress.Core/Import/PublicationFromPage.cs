namespace CstoPress.Core.Import;

/// <summary>
/// What a saved page says, written onto its publication: title, text, kind, language, source, the signature
/// as it was printed, the speech header and the photos still awaiting their files. Whether it goes public is
/// <see cref="PublishOrReview"/>'s to say.
/// </summary>
public static class PublicationFromPage
{
    public static void Fill(Publication publication, ArchivePage page, PressContact? contact, int? speakerId, DateTimeOffset now)
    {
        publication.Title = page.Title;
        publication.Lead = page.Lead;
        publication.Body = page.Body;
        publication.Language = page.Language;
        publication.Kind = page.Kind;
        publication.UpdatedAt = now;
        publication.Source = new SourceAttribution
        {
            Agency = Clip(page.Agency, 200),
            OriginalLanguage = page.OriginalLanguage?.Code(),
            IsOurTranslation = page.OriginalLanguage is not null,
        };
        publication.PressContactId = contact?.Id;
        publication.Contact = page.Signature is { } signature
            ? new ContactSnapshot
            {
                Name = Clip(signature.Name ?? contact?.Name, 200),
                Post = Clip(signature.Post, 200),
                Phone = Clip(signature.Phone, 100),
                Email = Clip(signature.Email, 200),
            }
            : new ContactSnapshot();
        publication.Speech = page.Speech.IsSpeech
            ? new SpeechDetails
            {
                SpeakerId = speakerId,
                SpeakerPost = Clip(page.Speech.SpeakerPost, 300),
                Occasion = Clip(page.Speech.Occasion, 1000),
                Place = Clip(page.Speech.Place, 200),
                DeliveredOn = page.Speech.DeliveredOn,
            }
            : new SpeechDetails();
        TakePhotos(publication, page);
    }

    /// <summary>Photos already given their file keep it; the names still waiting for one are taken from the page again.</summary>
    private static void TakePhotos(Publication publication, ArchivePage page)
    {
        publication.Photos.RemoveAll(p => p.IsAwaitingFile);
        var uploaded = publication.Photos.Select(p => p.OriginalFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        publication.Photos.AddRange(page.PhotoFiles.Where(f => !uploaded.Contains(f)).Select((file, order) => new Photo
        {
            OriginalFileName = Clip(file, 300),
            Caption = "",
            AltText = "",
            Order = publication.Photos.Count + order,
        }));
    }

    /// <summary>The old site's text fitted to the column; the full text stays in the body where it came from.</summary>
    private static string? Clip(string? text, int length) => text is null || text.Length <= length ? text : text[..(length - 1)] + "…";
}
