using System.Security.Claims;
using CstoPress.Core.Auditing;

namespace CstoPress.Web.Areas.Admin;

/// <summary>Audit entries as the admin pages write them: the signed-in person did this to that item.</summary>
public static class AuditTrail
{
    public static AuditEntry Entry(ClaimsPrincipal user, string action, Publication publication, DateTimeOffset now, string? details = null)
    {
        var entry = Entry(user, action, publication.Title, now, details);
        entry.PublicationId = publication.Id == 0 ? null : publication.Id;
        return entry;
    }

    /// <summary>An entry about something other than a publication, such as a journalist's accreditation.</summary>
    public static AuditEntry Entry(ClaimsPrincipal user, string action, string subject, DateTimeOffset now, string? details = null) => new()
    {
        At = now,
        Actor = ActorOf(user),
        Action = action,
        Subject = subject.Length > 500 ? subject[..500] : subject,
        Details = details,
    };

    /// <summary>An entry about a register entry (a document, a meeting, a body), which its history page lists.</summary>
    public static AuditEntry Entry(ClaimsPrincipal user, string action, Core.Organization.RegisterEntryKind kind, int id, string subject, DateTimeOffset now,
        string? details = null)
    {
        var entry = Entry(user, action, subject, now, details);
        entry.RegisterKind = kind;
        entry.RegisterEntryId = id;
        return entry;
    }

    public static string ActorOf(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
