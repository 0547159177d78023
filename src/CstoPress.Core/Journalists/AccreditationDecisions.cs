namespace CstoPress.Core.Journalists;

/// <summary>
/// What the applicant and the press office do to a request for accreditation, each step allowed only
/// from where the request stands, so two editors deciding at once cannot refuse an accredited journalist.
/// </summary>
public static class AccreditationDecisions
{
    /// <summary>The applicant opened the link sent to the work address: from now on the press office sees the request.</summary>
    /// <returns>False when the address was confirmed before (the link was opened twice).</returns>
    public static bool ConfirmEmail(this Accreditation accreditation, DateTimeOffset now)
    {
        if (accreditation.Status != AccreditationStatus.AwaitingEmailConfirmation)
        {
            return false;
        }

        accreditation.Status = AccreditationStatus.Requested;
        accreditation.EmailConfirmedAt = now;
        return true;
    }

    /// <param name="endsAt">The first moment the accreditation no longer holds; null for one without an end.</param>
    /// <exception cref="AccreditationRuleException">The request is not awaiting a decision, or the end is not later than now.</exception>
    public static void Accredit(this Accreditation accreditation, string userId, DateTimeOffset? endsAt, string decidedBy, DateTimeOffset now)
    {
        Require(accreditation, AccreditationStatus.Requested, "Only a request awaiting a decision can be accredited.");
        RequireLater(endsAt, now);
        accreditation.Status = AccreditationStatus.Accredited;
        accreditation.UserId = userId;
        accreditation.EndsAt = endsAt;
        accreditation.Reason = null;
        Decided(accreditation, decidedBy, now);
    }

    /// <summary>Moves the end of a running accreditation, or takes it away (null).</summary>
    public static void ChangeEnd(this Accreditation accreditation, DateTimeOffset? endsAt, string decidedBy, DateTimeOffset now)
    {
        Require(accreditation, AccreditationStatus.Accredited, "Only an accredited journalist's end date can be changed.");
        RequireLater(endsAt, now);
        accreditation.EndsAt = endsAt;
        Decided(accreditation, decidedBy, now);
    }

    /// <param name="reason">Sent to the applicant as written.</param>
    public static void Refuse(this Accreditation accreditation, string reason, string decidedBy, DateTimeOffset now)
    {
        Require(accreditation, AccreditationStatus.Requested, "Only a request awaiting a decision can be refused.");
        accreditation.Status = AccreditationStatus.Refused;
        accreditation.Reason = Required(reason);
        Decided(accreditation, decidedBy, now);
    }

    /// <summary>Takes the accreditation back: embargoed items and the personal feed close at once.</summary>
    public static void Revoke(this Accreditation accreditation, string reason, string decidedBy, DateTimeOffset now)
    {
        Require(accreditation, AccreditationStatus.Accredited, "Only an accredited journalist's accreditation can be revoked.");
        accreditation.Status = AccreditationStatus.Revoked;
        accreditation.Reason = Required(reason);
        accreditation.FeedTokenHash = null;
        Decided(accreditation, decidedBy, now);
    }

    private static void Require(Accreditation accreditation, AccreditationStatus status, string problem)
    {
        if (accreditation.Status != status)
        {
            throw new AccreditationRuleException(problem);
        }
    }

    private static void RequireLater(DateTimeOffset? endsAt, DateTimeOffset now)
    {
        if (endsAt <= now)
        {
            throw new AccreditationRuleException("The end date has passed already: choose a later one, or none.");
        }
    }

    private static string Required(string reason) =>
        string.IsNullOrWhiteSpace(reason) ? throw new AccreditationRuleException("Give the reason: it is sent to the journalist.") : reason.Trim();

    private static void Decided(Accreditation accreditation, string decidedBy, DateTimeOffset now)
    {
        accreditation.DecidedAt = now;
        accreditation.DecidedBy = decidedBy;
    }
}
