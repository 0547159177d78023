namespace CstoPress.Core.Publications;

/// <summary>
/// The press office's workflow as rules on a publication: a text is written as a draft, sent for
/// review, and approved by a second person, who publishes or schedules it. When it cannot wait an
/// editor publishes at once, and the item then awaits a second person's approval afterwards.
/// Every rule throws <see cref="PublicationRuleException"/> with a message an editor can act on.
/// </summary>
public static partial class PublishingWorkflow
{
    /// <summary>Publishes now, or at <see cref="Publication.PublishedAt"/> if that is still to come.</summary>
    public static void Publish(this Publication publication, DateTimeOffset now)
    {
        EnsureTitled(publication);
        publication.PublishedAt ??= now;
        publication.Status = publication.PublishedAt <= now ? PublicationStatus.Published : PublicationStatus.Scheduled;
        publication.WithdrawnAt = null;
        publication.WithdrawalReason = null;
        publication.UpdatedAt = now;
    }

    public static void Schedule(this Publication publication, DateTimeOffset at, DateTimeOffset now)
    {
        EnsureTitled(publication);
        if (at <= now)
        {
            throw new PublicationRuleException("A scheduled time must be in the future.");
        }

        publication.PublishedAt = at;
        publication.Status = PublicationStatus.Scheduled;
        publication.UpdatedAt = now;
    }

    /// <summary>
    /// Takes a published text down with a public reason. The page stays, showing the notice,
    /// because a citation of it elsewhere must not lead to nothing.
    /// </summary>
    public static void Withdraw(this Publication publication, string reason, DateTimeOffset now)
    {
        if (publication.Status != PublicationStatus.Published)
        {
            throw new PublicationRuleException("Only a published item can be withdrawn.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new PublicationRuleException("A withdrawal needs a public reason.");
        }

        publication.Status = PublicationStatus.Withdrawn;
        publication.WithdrawnAt = now;
        publication.WithdrawalReason = reason.Trim();
        publication.UpdatedAt = now;
    }

    private static void EnsureTitled(Publication publication)
    {
        if (string.IsNullOrWhiteSpace(publication.Title))
        {
            throw new PublicationRuleException("A publication needs a title before it can be published.");
        }
    }

    public static void SubmitForReview(this Publication publication, string by, DateTimeOffset now)
    {
        Require(publication.Status == PublicationStatus.Draft, "Only a draft can be sent for review.");
        RequireNotDeleted(publication);
        publication.Status = PublicationStatus.InReview;
        publication.SubmittedBy = by;
        publication.UpdatedAt = now;
    }

    /// <summary>Back to the author: a text in review or a scheduled one returns to the drafts.</summary>
    public static void ReturnToDraft(this Publication publication, DateTimeOffset now)
    {
        Require(publication.Status is PublicationStatus.InReview or PublicationStatus.Scheduled,
            "Only an item in review or a scheduled one can go back to the drafts.");
        BackToDrafts(publication, now);
        if (publication.PublishedAt > now)
        {
            publication.PublishedAt = null;
        }
    }

    /// <summary>
    /// A second person approves: a text in review is published (or scheduled, if it carries a future
    /// time); a text published at once by one editor stops awaiting approval.
    /// </summary>
    public static void Approve(this Publication publication, string by, DateTimeOffset now)
    {
        RequireNotDeleted(publication);
        if (publication.Status == PublicationStatus.InReview)
        {
            Require(!SamePerson(publication.SubmittedBy, by), "A second person has to approve what you sent for review.");
            publication.AwaitsApproval = false;
            publication.PublishedBy = by;
            publication.Publish(now);
            return;
        }

        Require(publication.AwaitsApproval, "This item does not await approval.");
        Require(!SamePerson(publication.PublishedBy, by), "A second person has to approve what you published.");
        publication.AwaitsApproval = false;
        publication.UpdatedAt = now;
    }

    /// <summary>Publishes at once, without waiting for review; a second person approves afterwards.</summary>
    public static void PublishNow(this Publication publication, string by, DateTimeOffset now)
    {
        RequireNotDeleted(publication);
        Require(publication.Status is PublicationStatus.Draft or PublicationStatus.InReview or PublicationStatus.Scheduled,
            "Only a draft, an item in review or a scheduled item can be published now.");
        publication.PublishedAt = now;
        publication.PublishedBy = by;
        publication.AwaitsApproval = true;
        publication.Publish(now);
    }

    /// <summary>
    /// Publishes at a future time. Scheduling what someone else sent for review approves it;
    /// scheduling one's own text leaves it awaiting approval.
    /// </summary>
    public static void ScheduleFor(this Publication publication, DateTimeOffset at, string by, DateTimeOffset now)
    {
        RequireNotDeleted(publication);
        Require(publication.Status is PublicationStatus.Draft or PublicationStatus.InReview or PublicationStatus.Scheduled,
            "Only a draft, an item in review or a scheduled item can be scheduled.");
        var approvedBySecondPerson = publication.Status == PublicationStatus.InReview && !SamePerson(publication.SubmittedBy, by);
        publication.Schedule(at, now);
        publication.PublishedBy = by;
        publication.AwaitsApproval = !approvedBySecondPerson;
    }

    /// <summary>Takes back a text that should never have gone out: it leaves the site and returns to the drafts.</summary>
    public static void UnpublishAsError(this Publication publication, DateTimeOffset now)
    {
        Require(publication.Status is PublicationStatus.Published or PublicationStatus.Withdrawn,
            "Only a published or withdrawn item can be unpublished.");
        BackToDrafts(publication, now);
    }

    /// <summary>A draft again, as if nobody had sent it for review or approved it yet.</summary>
    private static void BackToDrafts(Publication publication, DateTimeOffset now)
    {
        publication.Status = PublicationStatus.Draft;
        publication.SubmittedBy = null;
        publication.AwaitsApproval = false;
        publication.IsUnderEmbargo = false;
        publication.UpdatedAt = now;
    }

    /// <summary>Takes a text down in favour of another one; its address then leads there (a permanent redirect).</summary>
    public static void UnpublishReplacedBy(this Publication publication, Publication replacement, DateTimeOffset now)
    {
        Require(replacement.Id != publication.Id, "An item cannot replace itself.");
        Require(PublicVisibility.IsListed(replacement, now), "The replacement has to be published first.");
        publication.UnpublishAsError(now);
        publication.ReplacedById = replacement.Id;
    }

    /// <summary>Only drafts are deleted, and only to the trash, from which an editor can restore them.</summary>
    public static void MoveToTrash(this Publication publication, DateTimeOffset now)
    {
        Require(publication.Status == PublicationStatus.Draft, "Only drafts can be deleted; withdraw or unpublish a published item instead.");
        RequireNotDeleted(publication);
        publication.DeletedAt = now;
        publication.UpdatedAt = now;
    }

    public static void RestoreFromTrash(this Publication publication, DateTimeOffset now)
    {
        Require(publication.DeletedAt is not null, "This item is not in the trash.");
        publication.DeletedAt = null;
        publication.UpdatedAt = now;
    }

    /// <summary>
    /// Gives the item a new address. When the public may already have the old one, it is kept as a
    /// redirect, returned to be stored.
    /// </summary>
    public static SlugRedirect? ChangeSlug(this Publication publication, string newSlug, DateTimeOffset now)
    {
        Require(!string.IsNullOrWhiteSpace(newSlug), "The address cannot be empty.");
        if (newSlug == publication.Slug)
        {
            return null;
        }

        var oldSlug = publication.Slug;
        publication.Slug = newSlug;
        publication.UpdatedAt = now;
        return PublicVisibility.IsReachable(publication, now) || publication.Status == PublicationStatus.Scheduled
            ? new SlugRedirect { OldSlug = oldSlug, PublicationId = publication.Id, CreatedAt = now }
            : null;
    }

    private static bool SamePerson(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static void RequireNotDeleted(Publication publication) =>
        Require(publication.DeletedAt is null, "This item is in the trash; restore it first.");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new PublicationRuleException(message);
        }
    }
}
