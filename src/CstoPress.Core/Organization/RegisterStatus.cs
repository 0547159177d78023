namespace CstoPress.Core.Organization;

/// <summary>Where a register entry (a document, a meeting) stands in the press office's review: the same steps as a publication's.</summary>
public enum RegisterStatus
{
    Draft = 0,
    InReview = 1,
    Published = 2,
}
