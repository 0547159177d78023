using System.ComponentModel;

namespace CstoPress.Web.Api;

/// <summary>The filters of /api/v1/publications as typed, before <see cref="PublicationListRequest"/> checks them.</summary>
public sealed class PublicationListParameters
{
    [FromQuery(Name = "section"), Description("A section's slug, as in /api/v1/sections.")]
    public string? Section { get; set; }

    [FromQuery(Name = "kind"), Description("news, press-releases, speeches, statements, interviews or resolutions.")]
    public string? Kind { get; set; }

    [FromQuery(Name = "language"), Description("en or ru; both when left out.")]
    public string? Language { get; set; }

    [FromQuery(Name = "tag"), Description("A topic's slug, as in /api/v1/tags.")]
    public string? Tag { get; set; }

    [FromQuery(Name = "person"), Description("A person's slug, as in /api/v1/people: their speeches and the publications about them.")]
    public string? Person { get; set; }

    [FromQuery(Name = "since"), Description("Only what was published at or after this ISO 8601 time (UTC when no offset is given).")]
    public string? Since { get; set; }

    [FromQuery(Name = "limit"), Description("Items per page, 1 to 100; 20 when left out.")]
    public string? Limit { get; set; }

    [FromQuery(Name = "cursor"), Description("The 'next' value of the previous page.")]
    public string? Cursor { get; set; }

    [FromQuery(Name = "q"), Description("Reserved for full-text search; not available yet.")]
    public string? Q { get; set; }
}
