namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>What the preview-links part of the edit screen shows: the item's links and whether each still works.</summary>
public sealed record PreviewLinkSection(Publication Stored, IReadOnlyList<PreviewLink> Links, PressOfficeTime PressOfficeTime, DateTimeOffset CurrentTime);
