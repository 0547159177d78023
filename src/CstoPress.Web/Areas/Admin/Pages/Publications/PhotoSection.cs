namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>What the photos part of the edit screen shows: the item's photos and the form that adds one.</summary>
public sealed record PhotoSection(Publication Stored, long MaxUploadMegabytes)
{
    public PhotoInput NewPhoto { get; init; } = new();
}
