using CstoPress.Core.Auditing;

namespace CstoPress.Core.People;

/// <summary>
/// The audit entries of the press contacts catalog. A contact's name is shown on every page it signed,
/// so who renamed, merged or split one, and when, is kept like any change to a publication.
/// </summary>
public static class PressContactAudit
{
    public static AuditEntry Added(PressContact contact, string actor, DateTimeOffset at) =>
        Entry("added a press contact", contact, null, actor, at);

    public static AuditEntry Edited(PressContact contact, string formerName, string actor, DateTimeOffset at) =>
        Entry("edited a press contact", contact, formerName == contact.Name ? null : $"renamed from '{formerName}'", actor, at);

    public static AuditEntry Merged(PressContact duplicate, PressContact kept, int publicationsMoved, string actor, DateTimeOffset at) =>
        Entry("merged press contacts", kept,
            $"'{duplicate.Name}' (#{duplicate.Id}) merged into '{kept.Name}' (#{kept.Id}); {publicationsMoved} publication(s) and its spellings moved", actor, at);

    public static AuditEntry Split(PressContact from, PressContact into, IReadOnlyList<string> spellings, int publicationsMoved, string actor, DateTimeOffset at) =>
        Entry("split a press contact", from,
            $"{string.Join(", ", spellings.Select(s => $"'{s}'"))} split off '{from.Name}' (#{from.Id}) into '{into.Name}' (#{into.Id}); {publicationsMoved} publication(s) moved",
            actor, at);

    private static AuditEntry Entry(string action, PressContact contact, string? details, string actor, DateTimeOffset at) => new()
    {
        At = at,
        Actor = actor,
        Action = action,
        Subject = "Press contact " + contact.Name,
        Details = details,
    };
}
