namespace CstoPress.Core.Alerts;

/// <summary>
/// The news that an item was published, changed in a major way or put under embargo, stored with the step
/// that caused it (one transaction), and given out to the subscribers it concerns once its short delay has
/// passed, unless the press office holds it first.
/// </summary>
public class Alert
{
    public long Id { get; set; }
    public int PublicationId { get; set; }
    public AlertKind Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Immediate alerts wait until then, so the press office can hold one or change its subject.</summary>
    public DateTimeOffset SendAfter { get; set; }

    /// <summary>The press office's own subject line; empty for the usual one ('Updated: …' and the title).</summary>
    public string? Subject { get; set; }

    /// <summary>The public change note of an update, quoted in the message.</summary>
    public string? ChangeNote { get; set; }

    public DateTimeOffset? HeldAt { get; set; }
    public string? HeldBy { get; set; }

    /// <summary>When the alert was given out to its subscribers; from then on it is in their deliveries.</summary>
    public DateTimeOffset? GivenOutAt { get; set; }

    public int Recipients { get; set; }

    public static Alert For(int publicationId, AlertKind kind, DateTimeOffset now, TimeSpan delay, string? changeNote = null) => new()
    {
        PublicationId = publicationId, Kind = kind, CreatedAt = now, SendAfter = now + delay, ChangeNote = changeNote,
    };

    public bool CanStillChange => GivenOutAt is null;

    public void Hold(string by, DateTimeOffset now)
    {
        RequireNotGivenOut();
        HeldAt = now;
        HeldBy = by;
    }

    /// <summary>Lets a held alert go; it leaves at once, its delay having passed while it was held.</summary>
    public void Release()
    {
        RequireNotGivenOut();
        HeldAt = null;
        HeldBy = null;
    }

    public void ChangeSubject(string? subject)
    {
        RequireNotGivenOut();
        Subject = string.IsNullOrWhiteSpace(subject) ? null : subject.Trim();
    }

    private void RequireNotGivenOut()
    {
        if (!CanStillChange)
        {
            throw new AlertRuleException("This alert has already gone to its subscribers.");
        }
    }
}
