namespace CstoPress.Core.Publications;

/// <summary>Where a publication stands in the press office's workflow.</summary>
public enum PublicationStatus
{
    Draft = 0,
    InReview = 1,
    Scheduled = 2,
    Published = 3,
    Withdrawn = 4,
}
