namespace CstoPress.Core.Import;

/// <summary>
/// Whether an archive item goes public on its own date, as it was on the old site, or waits as a draft
/// for a person to look at, with the reasons: what the page left unclear, or a date still to come.
/// </summary>
public sealed class PublishOrReview(PressOfficeTime officeTime)
{
    /// <summary>Why the page needs review; none when it can be published as it is.</summary>
    public List<string> ReviewReasons(ArchivePage page, DateTimeOffset now)
    {
        var reasons = page.ReviewReasons.ToList();
        if (page.Date is { } date && PublishedAt(date) > now)
        {
            reasons.Add($"the date {date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} is in the future");
        }

        return reasons;
    }

    /// <summary>Publishes the item or leaves it a draft with its review reason; returns the reasons.</summary>
    public List<string> Apply(ArchivePage page, Publication publication, DateTimeOffset now)
    {
        var reasons = ReviewReasons(page, now);
        publication.PublishedAt = page.Date is { } date ? PublishedAt(date) : null;
        if (reasons.Count == 0)
        {
            publication.ReviewReason = null;
            publication.Publish(now);
        }
        else
        {
            publication.ReviewReason = string.Join("; ", reasons);
            publication.Status = PublicationStatus.Draft;
        }

        return reasons;
    }

    /// <summary>The start of the day in the press office's time zone, which is when the old site dated it.</summary>
    private DateTimeOffset PublishedAt(DateOnly date) => officeTime.ToUtc(date.ToDateTime(TimeOnly.MinValue));
}
