namespace CstoPress.Data.Repositories.Organization;

/// <summary>A body's page: its role, chairmanships, representatives over time, meetings, documents and news.</summary>
public sealed record BodyPage(
    OrganizationBody Body,
    IReadOnlyList<MeetingLine> Meetings,
    IReadOnlyList<DocumentLine> Documents,
    IReadOnlyList<PublicationSummary> News);
