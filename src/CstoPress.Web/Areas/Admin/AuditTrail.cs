using System.Security.Claims;
using CstoPress.Core.Auditing;

namespace CstoPress.Web.Areas.Admin;

/// <summary>Audit entries as the admin pages write them: the signed-in person did this to that item.</summary>
public static class AuditTrail
{
    public static AuditEntry Entry(ClaimsPrincipal user, string action, Publication publication, DateTimeOffset now, string? details = null) => new()
    {
        At = now,
        Actor = ActorOf(user),
        Action = action,
        Subject = publication.Title.Length > 500 ? publication.Title[..500] : publication.Title,
        PublicationId = publication.Id == 0 ? null : publication.Id,
        Details = details,
    };

    public static string ActorOf(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
