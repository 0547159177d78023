namespace CstoPress.Data.Repositories;

/// <summary>The columns of a publication's page as its compiled query reads them, before they are shaped into a <see cref="PublicationPage"/>.</summary>
internal sealed class PublicationPageRow
{
    public int Id { get; init; }
    public string Slug { get; init; } = "";
    public PublicationKind Kind { get; init; }
    public PublicationStatus Status { get; init; }
    public ContentLanguage Language { get; init; }
    public string Title { get; init; } = "";
    public string Lead { get; init; } = "";
    public string Body { get; init; } = "";
    public string? BodyHtml { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int SectionId { get; init; }
    public string SectionSlug { get; init; } = "";
    public string SectionName { get; init; } = "";
    public string SectionNameRu { get; init; } = "";
    public string? SourceAgency { get; init; }
    public string? SourceLanguage { get; init; }
    public bool SourceTranslated { get; init; }
    public ContactSnapshot Contact { get; init; } = new();
    public string? CatalogContactName { get; init; }
    public string? SpeakerName { get; init; }
    public string? SpeakerNameRu { get; init; }
    public string? SpeakerSlug { get; init; }
    public string? SpeakerPost { get; init; }
    public string? Occasion { get; init; }
    public string? Place { get; init; }
    public DateOnly? DeliveredOn { get; init; }
    public string? AdoptingBody { get; init; }
    public string? DocumentNumber { get; init; }
    public DateOnly? AdoptedOn { get; init; }
    public List<PhotoOnPage> Photos { get; init; } = [];
    public List<TagOnPage> Tags { get; init; } = [];
    public List<ChangeNoteOnPage> Notes { get; init; } = [];
    public int? TranslationOfId { get; init; }
    public bool HasTranslation { get; init; }
    public DateTimeOffset? OriginalChangedAt { get; init; }
    public bool MayBeInRegister { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }
    public string? WithdrawalReason { get; init; }

    public PublicationPage ToPage(OtherLanguageVersion? other)
    {
        var hasSpeech = Kind == PublicationKind.Speech || SpeakerSlug is not null || Occasion is not null || Place is not null;
        var hasDocument = AdoptingBody is not null || DocumentNumber is not null || AdoptedOn is not null;
        return new PublicationPage(
            Id, Slug, Kind, Status, Language, Title, Lead, Body, PublishedAt!.Value, UpdatedAt, SectionId, SectionSlug,
            Language == ContentLanguage.Ru ? SectionNameRu : SectionName,
            new SourceAttribution { Agency = SourceAgency, OriginalLanguage = SourceLanguage, IsOurTranslation = SourceTranslated },
            Contact.UnderCatalogName(CatalogContactName),
            hasSpeech
                ? new SpeechOnPage(
                    Language == ContentLanguage.Ru && SpeakerNameRu is not null ? SpeakerNameRu : SpeakerName,
                    SpeakerSlug, SpeakerPost, Occasion, Place, DeliveredOn)
                : null,
            hasDocument ? new DocumentDetails { AdoptingBody = AdoptingBody, DocumentNumber = DocumentNumber, AdoptedOn = AdoptedOn } : null,
            Photos, Tags, Notes, other, WithdrawnAt, WithdrawalReason)
        {
            IsTranslation = TranslationOfId is not null,
            OriginalChangedAt = TranslationOfId is null ? null : OriginalChangedAt,
            BodyHtml = BodyHtml,
            MayBeInRegister = MayBeInRegister,
        };
    }
}
