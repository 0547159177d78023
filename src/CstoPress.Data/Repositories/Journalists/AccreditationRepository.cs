using CstoPress.Core.Auditing;
using CstoPress.Core.Journalists;

namespace CstoPress.Data.Repositories.Journalists;

/// <summary>
/// Requests for accreditation, from the applicant's form through the press office's decision to the
/// journalist's own page.
/// </summary>
public sealed class AccreditationRepository(CstoPressDbContext db)
{
    /// <summary>
    /// The request from this work address that is still open: unconfirmed, awaiting a decision, or
    /// accredited and not ended. Addresses are compared without regard to case, as mail servers do.
    /// </summary>
    public async Task<Accreditation?> OpenRequestFromAsync(string workEmail, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        // ILIKE without wildcards: the address's own % and _ are escaped.
        var address = workEmail.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
        var candidates = await db.Accreditations
            .Where(a => EF.Functions.ILike(a.WorkEmail, address, @"\"))
            .Where(a => a.Status == AccreditationStatus.AwaitingEmailConfirmation || a.Status == AccreditationStatus.Requested
                        || a.Status == AccreditationStatus.Accredited)
            .OrderByDescending(a => a.RequestedAt)
            .ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(a => a.Status != AccreditationStatus.Accredited || a.IsActive(now));
    }

    public Task<bool> RecipientCodeTakenAsync(string code, CancellationToken cancellationToken = default) =>
        db.Accreditations.AnyAsync(a => a.RecipientCode == code, cancellationToken);

    public async Task AddAsync(Accreditation accreditation, CancellationToken cancellationToken = default)
    {
        db.Accreditations.Add(accreditation);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The request to change: confirmed by its applicant, or decided by the press office (then saved with <see cref="SaveAsync"/>).</summary>
    public Task<Accreditation?> ByIdAsync(int id, CancellationToken cancellationToken = default) =>
        db.Accreditations.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>A request as the press office reads it before deciding.</summary>
    public Task<Accreditation?> DetailsAsync(int id, CancellationToken cancellationToken = default) =>
        db.Accreditations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Status != AccreditationStatus.AwaitingEmailConfirmation, cancellationToken);

    /// <summary>Saves what was changed on a request, with the audit entry of the decision when there is one.</summary>
    public async Task SaveAsync(AuditEntry? entry = null, CancellationToken cancellationToken = default)
    {
        if (entry is not null)
        {
            db.AuditLog.Add(entry);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Saves an accreditation with its account. An account belongs to one accreditation at a time: an
    /// earlier one of the same journalist (ended, refused or revoked) lets go of it, and of its feed.
    /// </summary>
    public async Task SaveAccreditedAsync(Accreditation accreditation, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await db.Accreditations
            .Where(a => a.UserId == accreditation.UserId && a.Id != accreditation.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.UserId, (string?)null).SetProperty(a => a.FeedTokenHash, (string?)null), cancellationToken);
        await SaveAsync(entry, cancellationToken);
    }

    /// <summary>
    /// Every confirmed request: those awaiting a decision first, oldest first, then the accredited,
    /// refused and revoked, latest decision first. Unconfirmed requests do not reach the press office.
    /// </summary>
    public async Task<IReadOnlyList<AccreditationListing>> ForThePressOfficeAsync(CancellationToken cancellationToken = default) =>
        await db.Accreditations.AsNoTracking()
            .Where(a => a.Status != AccreditationStatus.AwaitingEmailConfirmation)
            .OrderBy(a => a.Status == AccreditationStatus.Requested ? 0 : a.Status == AccreditationStatus.Accredited ? 1 : a.Status == AccreditationStatus.Refused ? 2 : 3)
            .ThenByDescending(a => a.DecidedAt)
            .ThenBy(a => a.EmailConfirmedAt)
            .Select(a => new AccreditationListing(a.Id, a.Name, a.Outlet, a.Country, a.WorkEmail, a.Status, a.EmailConfirmedAt, a.DecidedAt, a.EndsAt))
            .ToListAsync(cancellationToken);

    /// <summary>The accreditation of a journalist's account, if it has one.</summary>
    public Task<JournalistAccreditation?> OfJournalistAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Accreditations.AsNoTracking()
            .Where(a => a.UserId == userId)
            .Select(a => new JournalistAccreditation(a.Name, a.Outlet, a.Status, a.EndsAt, a.TermsVersion, a.TermsAcceptedAt, a.TimeZone,
                a.RecipientCode, a.FeedTokenHash != null, a.Reason))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The journalist's own time zone for embargo times (an IANA name), or none.</summary>
    public async Task<bool> SetTimeZoneAsync(string userId, string? timeZone, CancellationToken cancellationToken = default) =>
        await db.Accreditations.Where(a => a.UserId == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.TimeZone, timeZone), cancellationToken) > 0;

    /// <summary>
    /// Gives the personal feed a new secret (its SHA-256; the secret itself is never stored), which
    /// only a journalist whose accreditation holds now may have, or takes it away (null).
    /// </summary>
    public async Task<bool> SetFeedTokenHashAsync(string userId, string? tokenHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var accreditation = db.Accreditations.Where(a => a.UserId == userId);
        if (tokenHash is not null)
        {
            accreditation = accreditation.Where(Accreditation.Active(now));
        }

        return await accreditation.ExecuteUpdateAsync(set => set.SetProperty(a => a.FeedTokenHash, tokenHash), cancellationToken) > 0;
    }
}
