using CstoPress.Core.Journalists;
using CstoPress.Data.Accounts;
using CstoPress.Web.Journalists;
using Microsoft.AspNetCore.Identity;

namespace CstoPress.Web.Tests.Journalists;

/// <summary>An accredited journalist made straight in the database, signed in through the real form, with a feed address.</summary>
public sealed record AccreditedJournalist(HttpClient Client, int AccreditationId, string RecipientCode, string FeedPath);

public static class AccreditedJournalists
{
    public static async Task<AccreditedJournalist> AccreditedJournalistAsync(
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
        var client = portal.CookieClient();
        await client.SignInAsync(email, SignedInClients.Password);
        return new AccreditedJournalist(client, accreditation.Id, accreditation.RecipientCode, EmbargoFeed.PathPrefix + token);
    }

    public static Task ChangeAccreditationAsync(this PortalFactory portal, int accreditationId, Action<Accreditation> change) =>
        portal.WithDatabaseAsync(async db => change(await db.Accreditations.SingleAsync(a => a.Id == accreditationId)));

    /// <summary>A scheduled item the press office has sent to journalists under embargo.</summary>
    public static PublicationBuilder UnderEmbargo(this PublicationBuilder builder, DateTimeOffset until, string? note = null) =>
        builder.ScheduledFor(until).With(p => { p.IsUnderEmbargo = true; p.EmbargoNote = note; });
}
