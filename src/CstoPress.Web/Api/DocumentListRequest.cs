using CstoPress.Core.Organization;
using CstoPress.Core.Search;
using CstoPress.Data.Repositories.Organization;

namespace CstoPress.Web.Api;

/// <summary>
/// The query string of /api/v1/documents, bound as plain text and checked here, so that every bad value gets
/// a 400 naming its parameter, as /api/v1/publications does.
/// </summary>
public sealed class DocumentListRequest
{
    private readonly ListParameterErrors errors = new();

    public Dictionary<string, string[]> Errors => errors.ByParameter;

    public DocumentNarrowing Narrowing { get; private set; } = new();

    public SearchText? Search { get; private set; }

    /// <summary>Without q: the id the page continues below. With q: the place in the ranking it starts at.</summary>
    public int? Cursor { get; private set; }

    public int Limit { get; private set; } = ListParameterErrors.DefaultLimit;

    public bool IsValid => !errors.Any;

    public static string TypeSlug(DocumentType type) => type.ToString().ToLowerInvariant();

    public static async Task<DocumentListRequest> ReadAsync(DocumentListParameters parameters, BodyRepository bodies, CancellationToken cancellationToken)
    {
        var request = new DocumentListRequest();
        request.Search = request.errors.ReadSearch(parameters.Q, "Give at least one word, number or symbol to search for.");
        request.ReadLanguageAndType(parameters);
        if (parameters.Body is { } slug)
        {
            var body = (await bodies.BodiesAsync(cancellationToken)).FirstOrDefault(b => b.Slug == slug);
            if (body is null)
            {
                request.Fail("body", "No body of the Organization has this slug; /bodies lists them.");
            }

            request.Narrowing = request.Narrowing with { BodyId = body?.Id };
        }

        request.Limit = request.errors.ReadLimit(parameters.Limit);
        request.ReadCursor(parameters.Cursor);
        return request;
    }

    private void ReadLanguageAndType(DocumentListParameters parameters)
    {
        Narrowing = Narrowing with { Language = errors.ReadLanguage(parameters.Language) };

        if (parameters.Type is { } type)
        {
            var known = Enum.GetValues<DocumentType>().Where(t => TypeSlug(t) == type).ToList();
            if (known.Count == 1)
            {
                Narrowing = Narrowing with { Type = known[0] };
            }
            else
            {
                Fail("type", "Unknown type. Use one of: " + string.Join(", ", Enum.GetValues<DocumentType>().Select(TypeSlug)) + ".");
            }
        }
    }

    private void ReadCursor(string? cursor)
    {
        if (cursor is null)
        {
            return;
        }

        if (cursor.Length <= 10 && int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0)
        {
            Cursor = parsed;
        }
        else
        {
            Fail("cursor", "Not a cursor this API issued: pass the 'next' value of the previous page unchanged.");
        }
    }

    private void Fail(string parameter, string message) => errors.Fail(parameter, message);
}
