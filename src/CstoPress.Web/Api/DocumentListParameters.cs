using System.ComponentModel;

namespace CstoPress.Web.Api;

/// <summary>The filters of /api/v1/documents as typed, before <see cref="DocumentListRequest"/> checks them.</summary>
public sealed class DocumentListParameters
{
    [FromQuery(Name = "body"), Description("The adopting body's slug, as in the addresses of /bodies.")]
    public string? Body { get; set; }

    [FromQuery(Name = "type"), Description("decision, statement, declaration, agreement, protocol or resolution.")]
    public string? Type { get; set; }

    [FromQuery(Name = "language"), Description("en or ru: documents with a version in that language; both when left out.")]
    public string? Language { get; set; }

    [FromQuery(Name = "q"), Description("Words or a symbol to search for in the symbols, titles and official texts (the search of /search); best first.")]
    public string? Q { get; set; }

    [FromQuery(Name = "limit"), Description("Items per page, 1 to 100; 20 when left out.")]
    public string? Limit { get; set; }

    [FromQuery(Name = "cursor"), Description("The 'next' value of the previous page.")]
    public string? Cursor { get; set; }
}
