using System.ComponentModel.DataAnnotations;
using CstoPress.Core.Text;

namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>Everything the edit form sends: every field of a publication and of its kind.</summary>
public sealed record PublicationInput
{
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public PublicationKind Kind { get; set; } = PublicationKind.News;

    public ContentLanguage Language { get; set; } = ContentLanguage.En;

    [Range(1, int.MaxValue, ErrorMessage = "Choose a section.")]
    [Display(Name = "Section")]
    public int SectionId { get; set; }

    [Required(ErrorMessage = "Give the publication a title.")]
    [StringLength(500, ErrorMessage = "The title can have at most {1} characters.")]
    public string Title { get; set; } = "";

    [StringLength(80, ErrorMessage = "The address can have at most {1} characters.")]
    [RegularExpression(SlugPattern, ErrorMessage = "The address may use only small Latin letters, digits and single dashes, such as 'council-meets-in-minsk'.")]
    [Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [StringLength(4000, ErrorMessage = "The lead can have at most {1} characters.")]
    public string? Lead { get; set; }

    [StringLength(200_000, ErrorMessage = "The body can have at most {1} characters.")]
    public string? Body { get; set; }

    /// <summary>Press-office time; for scheduling, the time the item goes out.</summary>
    [Display(Name = "Publication date and time (Moscow)")]
    public DateTime? PublishedAt { get; set; }

    [StringLength(1000, ErrorMessage = "The tags can have at most {1} characters together.")]
    [Display(Name = "Tags (separated by commas)")]
    public string? Tags { get; set; }

    [Display(Name = "People it is about")]
    public List<int> PeopleIds { get; set; } = [];

    [Display(Name = "Bodies it is about")]
    public List<int> BodyIds { get; set; } = [];

    [Display(Name = "Press contact")]
    public int? PressContactId { get; set; }

    [StringLength(200)]
    [Display(Name = "Source agency")]
    public string? SourceAgency { get; set; }

    [StringLength(20)]
    [Display(Name = "Original language")]
    public string? SourceOriginalLanguage { get; set; }

    [Display(Name = "Translated by the press office")]
    public bool SourceIsOurTranslation { get; set; }

    [Display(Name = "Speaker")]
    public int? SpeakerId { get; set; }

    [StringLength(300)]
    [Display(Name = "Speaker's post on the day")]
    public string? SpeakerPost { get; set; }

    [StringLength(1000)]
    public string? Occasion { get; set; }

    [StringLength(200)]
    public string? Place { get; set; }

    [Display(Name = "Delivered on")]
    public DateOnly? DeliveredOn { get; set; }

    [StringLength(300)]
    [Display(Name = "Adopting body")]
    public string? AdoptingBody { get; set; }

    [StringLength(100)]
    [Display(Name = "Document number")]
    public string? DocumentNumber { get; set; }

    [Display(Name = "Adopted on")]
    public DateOnly? AdoptedOn { get; set; }

    [StringLength(1000)]
    [Display(Name = "Public change note")]
    public string? ChangeNote { get; set; }

    /// <summary>Major (a note, the feeds updated, subscribers told) or minor (a typo: none of that); asked when editing a public item.</summary>
    public ChangeSize? ChangeSize { get; set; }

    /// <summary>The row version the editor started from.</summary>
    public uint Version { get; set; }

    public IReadOnlyList<string> TagNames() =>
        (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static PublicationInput From(Publication publication, PressOfficeTime time) => new()
    {
        Kind = publication.Kind,
        Language = publication.Language,
        SectionId = publication.SectionId,
        Title = publication.Title,
        Slug = publication.Slug,
        Lead = publication.Lead,
        Body = publication.Body,
        PublishedAt = publication.PublishedAt is { } at ? time.Local(at).DateTime : null,
        Tags = string.Join(", ", publication.Tags.Select(t => t.Name)),
        PeopleIds = publication.People.Select(p => p.Id).ToList(),
        BodyIds = publication.Bodies.Select(b => b.Id).ToList(),
        PressContactId = publication.PressContactId,
        SourceAgency = publication.Source.Agency,
        SourceOriginalLanguage = publication.Source.OriginalLanguage,
        SourceIsOurTranslation = publication.Source.IsOurTranslation,
        SpeakerId = publication.Speech.SpeakerId,
        SpeakerPost = publication.Speech.SpeakerPost,
        Occasion = publication.Speech.Occasion,
        Place = publication.Speech.Place,
        DeliveredOn = publication.Speech.DeliveredOn,
        AdoptingBody = publication.Document.AdoptingBody,
        DocumentNumber = publication.Document.DocumentNumber,
        AdoptedOn = publication.Document.AdoptedOn,
        Version = publication.Version,
    };

    /// <summary>Puts what the form says into the publication, looking up the tags, people and bodies it names.</summary>
    public async Task ApplyToAsync(Publication publication, PressOfficeTime time, PublicationEditingRepository editing, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        publication.Kind = Kind;
        publication.Language = Language;
        publication.SectionId = SectionId;
        publication.Title = Title.Trim();
        publication.Lead = Lead?.Trim() ?? "";
        publication.Body = Body ?? "";
        publication.UpdatedAt = now;
        if (publication.Status is PublicationStatus.Draft or PublicationStatus.InReview || PublishedAt is not null)
        {
            publication.PublishedAt = PublishedAt is { } local ? time.ToUtc(local) : null;
        }

        publication.Source = new SourceAttribution
        {
            Agency = Blank(SourceAgency), OriginalLanguage = Blank(SourceOriginalLanguage), IsOurTranslation = SourceIsOurTranslation,
        };
        publication.PressContactId = PressContactId;

        var speaker = publication.Kind == PublicationKind.Speech && SpeakerId is { } speakerId
            ? await editing.PersonWithPostsAsync(speakerId, cancellationToken)
            : null;
        var speakerPost = Blank(SpeakerPost);
        if (speaker is not null && speakerPost is null && DeliveredOn is { } day)
        {
            speakerPost = speaker.PostOn(day)?.DisplayTitle;
        }

        publication.Speech = publication.Kind == PublicationKind.Speech
            ? new SpeechDetails
            {
                SpeakerId = speaker?.Id, SpeakerPost = speakerPost, Occasion = Blank(Occasion), Place = Blank(Place), DeliveredOn = DeliveredOn,
            }
            : new SpeechDetails();
        publication.Document = publication.Kind is PublicationKind.Resolution or PublicationKind.Statement
            ? new DocumentDetails { AdoptingBody = Blank(AdoptingBody), DocumentNumber = Blank(DocumentNumber), AdoptedOn = AdoptedOn }
            : new DocumentDetails();

        publication.Tags = await editing.TagsNamedAsync(TagNames().ToList(), Slugs.From, cancellationToken);
        publication.People = await editing.PeopleAsync(PeopleIds, cancellationToken);
        publication.Bodies = await editing.BodiesAsync(BodyIds, cancellationToken);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
