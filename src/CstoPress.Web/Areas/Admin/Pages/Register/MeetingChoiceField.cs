using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Areas.Admin.Pages.Register;

/// <summary>A choice of the meeting at which a document was considered or adopted.</summary>
public sealed record MeetingChoiceField(string Name, string Id, int? Selected, IReadOnlyList<MeetingChoice> Meetings);
