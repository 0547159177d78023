using CstoPress.Core.Organization;

namespace CstoPress.Web.Areas.Admin;

/// <summary>The register's steps and states as the press office's pages name them.</summary>
public static class RegisterNames
{
    public static string Of(DocumentStage stage) => stage switch
    {
        DocumentStage.Draft => "Draft",
        DocumentStage.Considered => "Considered",
        DocumentStage.Adopted => "Adopted",
        DocumentStage.SentForDomesticProcedures => "Sent for domestic procedures",
        DocumentStage.Ratified => "Ratified",
        _ => "Entered into force",
    };

    public static string Of(RegisterStatus status) => status switch
    {
        RegisterStatus.Draft => "Draft",
        RegisterStatus.InReview => "In review",
        _ => "Published",
    };

    public static string Of(MeetingStatus status) => status.ToString();

    /// <summary>The same badges as a publication's states: a register entry goes through the same review.</summary>
    public static string BadgeClass(RegisterStatus status) => "badge state-" + status.ToString().ToLowerInvariant();

    /// <summary>Where an entry is edited, for links from the audit log and the review queue.</summary>
    public static string EditLink(RegisterEntryKind kind, int id) => kind switch
    {
        RegisterEntryKind.Document => $"/admin/register/documents/edit/{id}",
        RegisterEntryKind.Meeting => $"/admin/register/meetings/edit/{id}",
        _ => $"/admin/register/bodies/edit/{id}",
    };

    public static string HistoryLink(RegisterEntryKind kind, int id) => $"/admin/register/history/{kind.ToString().ToLowerInvariant()}/{id}";
}
