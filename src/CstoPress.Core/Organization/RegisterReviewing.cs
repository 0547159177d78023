namespace CstoPress.Core.Organization;

/// <summary>
/// The press office's review of register entries, the rule publications follow: nothing reaches the public
/// until a second person approves what someone sent for review.
/// </summary>
public static class RegisterReviewing
{
    public static void SubmitForReview(this RegisterReview review, string by)
    {
        Require(review.Status == RegisterStatus.Draft, "Only a draft can be sent for review.");
        review.Status = RegisterStatus.InReview;
        review.SubmittedBy = by;
    }

    public static void Approve(this RegisterReview review, string by, DateTimeOffset now)
    {
        Require(review.Status == RegisterStatus.InReview, "Only an entry in review can be approved.");
        Require(!string.Equals(review.SubmittedBy, by, StringComparison.OrdinalIgnoreCase),
            "A second person has to approve what you sent for review.");
        review.Status = RegisterStatus.Published;
        review.PublishedBy = by;
        review.PublishedAt ??= now;
    }

    /// <summary>Back to the drafts: an entry in review goes back to its author; a published one leaves the site.</summary>
    public static void ReturnToDraft(this RegisterReview review)
    {
        Require(review.Status != RegisterStatus.Draft, "This entry is already a draft.");
        review.Status = RegisterStatus.Draft;
        review.SubmittedBy = null;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new RegisterRuleException(message);
        }
    }
}
