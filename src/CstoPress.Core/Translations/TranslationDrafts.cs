namespace CstoPress.Core.Translations;

/// <summary>
/// How a publication gets its other-language version: the translation is a publication of its own,
/// pointing at its original, and starts as a draft carrying over everything that does not depend on
/// the language (kind, section, date, photos, speaker, document details, people, topics, contact),
/// so the translator only has to write the text.
/// </summary>
public static class TranslationDrafts
{
    /// <summary>A draft translation of <paramref name="original"/>, its texts still in the original language.</summary>
    /// <exception cref="PublicationRuleException">The item is itself a translation, or already has one.</exception>
    public static Publication DraftOf(Publication original, DateTimeOffset now)
    {
        if (original.TranslationOfId is not null)
        {
            throw new PublicationRuleException("This item is a translation: translate its original instead.");
        }

        if (original.Translation is not null)
        {
            throw new PublicationRuleException("This item already has a translation.");
        }

        return new Publication
        {
            Kind = original.Kind,
            SectionId = original.SectionId,
            Section = original.Section,
            Language = original.Language.Other(),
            TranslationOfId = original.Id,
            TranslationOf = original,
            Title = original.Title,
            // A placeholder the translator replaces with one made from the translated title; unique as the original's is.
            Slug = $"{original.Slug}-{original.Language.Other().Code()}",
            Lead = original.Lead,
            Body = original.Body,
            PublishedAt = original.PublishedAt,
            Status = PublicationStatus.Draft,
            Source = new SourceAttribution
            {
                Agency = original.Source.Agency,
                OriginalLanguage = original.Language.Code(),
                IsOurTranslation = true,
            },
            PressContactId = original.PressContactId,
            Contact = original.Contact.Copy(),
            Speech = original.Speech.Copy(),
            Document = original.Document.Copy(),
            Photos = original.Photos.Select(p => p.CopyForAnotherPublication()).ToList(),
            Tags = [.. original.Tags],
            People = [.. original.People],
            Bodies = [.. original.Bodies],
            CreatedAt = now,
            UpdatedAt = now,
        };
    }
}
