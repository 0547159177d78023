namespace CstoPress.Core.Organization;

/// <summary>An entry's review: written as a draft, sent for review, published by a second person.</summary>
public class RegisterReview
{
    public RegisterStatus Status { get; set; }
    public string? SubmittedBy { get; set; }
    public string? PublishedBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
}
