namespace CstoPress.Core.Organization;

/// <summary>
/// A register entry written out as plain text, one fact a line: what a revision keeps and what its history
/// compares. Dates are written the press office's way (dd.MM.yyyy) so a diff reads like the page.
/// </summary>
public static class RegisterSnapshots
{
    public static RegisterRevision Of(Document document, string? bodyName, string by, DateTimeOffset now) =>
        Revision(RegisterEntryKind.Document, document.Id, document.Symbol, TextOf(document, bodyName), by, now);

    public static RegisterRevision Of(Meeting meeting, string bodyName, string by, DateTimeOffset now) =>
        Revision(RegisterEntryKind.Meeting, meeting.Id, $"{meeting.Number}, {bodyName}", TextOf(meeting), by, now);

    public static RegisterRevision Of(OrganizationBody body, string by, DateTimeOffset now) =>
        Revision(RegisterEntryKind.Body, body.Id, body.Name, TextOf(body), by, now);

    /// <summary>The document as text; the body is named by the caller, as the entry's body may just have changed.</summary>
    public static string TextOf(Document document, string? bodyName)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Symbol: {document.Symbol}")
            .AppendLine(CultureInfo.InvariantCulture, $"Type: {document.Type}")
            .AppendLine(CultureInfo.InvariantCulture, $"Adopting body: {bodyName ?? document.AdoptingBodyName ?? "—"}")
            .AppendLine(CultureInfo.InvariantCulture, $"Stage: {document.Stage}");
        foreach (var version in document.Versions.OrderByDescending(v => v.IsOriginal).ThenBy(v => v.Language))
        {
            var standing = version.IsOriginal ? "original" : version.IsUnofficial ? "unofficial translation" : "official translation";
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"[{version.Language.Code()}, {standing}] {version.Title}")
                .AppendLine(version.Text.TrimEnd());
            foreach (var file in version.Files.OrderBy(f => f.FileName, StringComparer.Ordinal))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"File: {file.FileName} ({file.Size} bytes)");
            }
        }

        text.AppendLine();
        foreach (var step in document.History())
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{Day(step.On)} {step.Stage}{(step.State is { } state ? " " + state : "")}{(step.MeetingId is { } meeting ? $" (meeting {meeting})" : "")}{(step.Note is null ? "" : " — " + step.Note)}");
        }

        return text.ToString();
    }

    public static string TextOf(Meeting meeting) => new StringBuilder()
        .AppendLine(CultureInfo.InvariantCulture, $"Number: {meeting.Number}")
        .AppendLine(CultureInfo.InvariantCulture, $"Dates: {Day(meeting.StartsOn)}{(meeting.EndsOn is { } end ? " – " + Day(end) : "")}")
        .AppendLine(CultureInfo.InvariantCulture, $"Place: {meeting.Place} / {meeting.PlaceRu}")
        .AppendLine(CultureInfo.InvariantCulture, $"Chair: {meeting.Chair ?? "—"} / {meeting.ChairRu ?? "—"}")
        .AppendLine(CultureInfo.InvariantCulture, $"Status: {meeting.Status}{(meeting.StatusReason is null ? "" : " — " + meeting.StatusReason)}")
        .AppendLine().AppendLine("Agenda:").AppendLine(meeting.Agenda.TrimEnd())
        .AppendLine().AppendLine("Повестка дня:").AppendLine(meeting.AgendaRu.TrimEnd())
        .ToString();

    public static string TextOf(OrganizationBody body)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{body.Name} / {body.NameRu}")
            .AppendLine().AppendLine("Role:").AppendLine(body.Role.TrimEnd())
            .AppendLine().AppendLine("Роль:").AppendLine(body.RoleRu.TrimEnd())
            .AppendLine().AppendLine("Chairmanship:");
        foreach (var chair in body.Chairmanships.OrderBy(c => c.From))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{Period(chair.From, chair.To)} {chair.State}");
        }

        text.AppendLine().AppendLine("Representatives:");
        foreach (var person in body.Representatives.OrderBy(r => r.State).ThenBy(r => r.From))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{Period(person.From, person.To)} {person.State}: {person.Name} / {person.NameRu}{(person.Post is null ? "" : ", " + person.Post)}");
        }

        return text.ToString();
    }

    private static RegisterRevision Revision(RegisterEntryKind kind, int id, string title, string content, string by, DateTimeOffset now) =>
        new() { Kind = kind, EntryId = id, Title = title.Length > 300 ? title[..300] : title, Content = content, SavedBy = by, SavedAt = now };

    private static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Period(DateOnly from, DateOnly? to) => $"{Day(from)} – {(to is { } end ? Day(end) : "…")}";
}
