using System.Security.Claims;
using CstoPress.Data.Repositories.Journalists;

namespace CstoPress.Web.Journalists;

/// <summary>
/// The signed-in journalist, if their accreditation holds right now. Asked of the database on every
/// request rather than kept in the cookie, so a revocation or an end date takes effect at once on every node.
/// </summary>
public sealed class CurrentJournalist(EmbargoRepository embargoes, UserManager<PortalUser> users, TimeProvider time)
{
    public async Task<ActiveJournalist?> OfAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        users.GetUserId(user) is { } userId && user.IsInRole(PortalRoles.Journalist)
            ? await embargoes.ActiveJournalistAsync(userId, time.GetUtcNow(), cancellationToken)
            : null;
}
