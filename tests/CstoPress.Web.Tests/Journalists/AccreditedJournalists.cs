using CstoPress.Core.Journalists;
using CstoPress.Web.Journalists;

namespace CstoPress.Web.Tests.Journalists;

/// <summary>An accredited journalist made straight in the database, signed in through the real form, with a feed address.</summary>
public sealed record AccreditedJournalist(HttpClient Client, string Email, int AccreditationId, string RecipientCode, string FeedPath);

public static class AccreditedJournalists
{
    public static async Task<AccreditedJournalist> AccreditedJournalistAsync(
        this PortalFactory portal, string name = "Anna Reporter", string? timeZone = null, DateTimeOffset? endsAt = null)
    {
        var journalist = await portal.AccreditAsync(name, timeZone, endsAt);
        await journalist.Client.SignInAsync(journalist.Email, SignedInClients.Password);
        return journalist;
    }

    /// <summary>The account and its accreditation only; the client it comes with is not signed in.</summary>
    public static async Task<AccreditedJournalist> AccreditAsync(
        this PortalFactory portal, string name = "Anna Reporter", string? timeZone = null, DateTimeOffset? endsAt = null)
    {
        var email = await portal.CreateUserAsync(PortalRoles.Journalist);
        var token = Guid.NewGuid().ToString("N");
        var accreditation = new Accreditation
        {
            Name = name, Outlet = "Demo Wire", Position = "Correspondent", Country = "Armenia", WorkEmail = email,
            TermsVersion = "test", TermsAcceptedAt = portal.Clock.Now, RequestedAt = portal.Clock.Now, EmailConfirmedAt = portal.Clock.Now,
            Status = AccreditationStatus.Accredited, DecidedAt = portal.Clock.Now, DecidedBy = "editor@example.org",
            EndsAt = endsAt, TimeZone = timeZone, RecipientCode = RecipientCodes.New(), FeedTokenHash = EmbargoFeed.HashOf(token),
        };
        await portal.WithDatabaseAsync(async db =>
        {
            accreditation.UserId = (await db.Users.SingleAsync(u => u.Email == email)).Id;
            db.Accreditations.Add(accreditation);
        });
        return new AccreditedJournalist(portal.CookieClient(), email, accreditation.Id, accreditation.RecipientCode, EmbargoFeed.PathPrefix + token);
    }

    public static Task ChangeAccreditationAsync(this PortalFactory portal, int accreditationId, Action<Accreditation> change) =>
        portal.WithDatabaseAsync(async db => change(await db.Accreditations.SingleAsync(a => a.Id == accreditationId)));

    /// <summary>A scheduled item the press office has sent to journalists under embargo.</summary>
    public static PublicationBuilder UnderEmbargo(this PublicationBuilder builder, DateTimeOffset until, string? note = null) =>
        builder.ScheduledFor(until).With(p => { p.IsUnderEmbargo = true; p.EmbargoNote = note; });
}
