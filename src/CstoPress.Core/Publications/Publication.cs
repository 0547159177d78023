namespace CstoPress.Core.Publications;

/// <summary>
/// One text the press office issues: news, a press release, a speech, a statement, an interview
/// or a resolution, in one language. Its other-language version is a publication of its own,
/// linked through <see cref="TranslationOfId"/> (set on the translation, pointing at the original).
/// </summary>
public class Publication
{
    public int Id { get; set; }
    public PublicationKind Kind { get; set; }
    public int SectionId { get; set; }
    public Section? Section { get; set; }
    public ContentLanguage Language { get; set; }

    public int? TranslationOfId { get; set; }
    public Publication? TranslationOf { get; set; }
    public Publication? Translation { get; set; }

    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string Lead { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>
    /// The body as readers see it, rendered when the body is saved so that no request renders Markdown.
    /// Empty for rows written before it existed (or by raw SQL) until they are rendered.
    /// </summary>
    public string? BodyHtml { get; set; }

    /// <summary>When the publication goes (or went) public, in UTC. Empty for an undated draft.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
    public PublicationStatus Status { get; set; }

    public SourceAttribution Source { get; set; } = new();
    public int? PressContactId { get; set; }
    public PressContact? PressContact { get; set; }
    public ContactSnapshot Contact { get; set; } = new();
    public SpeechDetails Speech { get; set; } = new();
    public DocumentDetails Document { get; set; } = new();

    public List<Photo> Photos { get; set; } = [];
    public List<Tag> Tags { get; set; } = [];
    public List<Person> People { get; set; } = [];
    public List<OrganizationBody> Bodies { get; set; } = [];
    public List<ChangeNote> ChangeNotes { get; set; } = [];

    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }

    /// <summary>Set when the item was unpublished because another one replaces it: its address redirects there.</summary>
    public int? ReplacedById { get; set; }

    /// <summary>Published at once by one editor; a second person still has to approve it.</summary>
    public bool AwaitsApproval { get; set; }

    /// <summary>Deleted items wait in the trash until they are restored or purged.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>Who sent the item for review, so that someone else approves it.</summary>
    public string? SubmittedBy { get; set; }

    /// <summary>Who last put the item before the public (published it or scheduled it).</summary>
    public string? PublishedBy { get; set; }

    /// <summary>
    /// A scheduled item sent ahead of its time to accredited journalists, who may not report it before
    /// <see cref="PublishedAt"/>. The public sees nothing of it until then.
    /// </summary>
    public bool IsUnderEmbargo { get; set; }

    /// <summary>The press office's note to journalists on an embargoed item (a briefing time, whom to call).</summary>
    public string? EmbargoNote { get; set; }

    /// <summary>Set when an import or a rule could not decide something a person has to look at.</summary>
    public string? ReviewReason { get; set; }

    /// <summary>The last major change to the published text (a public note, the feeds' entry updated); minor ones leave it.</summary>
    public DateTimeOffset? MajorChangeAt { get; set; }

    /// <summary>Set on a translation when its original changed in a major way; cleared when the translation is saved.</summary>
    public DateTimeOffset? OriginalChangedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL's row version (xmin): two editors saving the same item cannot overwrite each other.</summary>
    public uint Version { get; set; }

    public bool NeedsReview => ReviewReason is not null;
}
