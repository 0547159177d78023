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
    public Dictionary<string, string[]> Errors { get; } = [];

    public DocumentNarrowing Narrowing { get; private set; } = new();

    public SearchText? Search { get; private set; }

    /// <summary>Without q: the id the page continues below. With q: the place in the ranking it starts at.</summary>
    public int? Cursor { get; private set; }

    public int Limit { get; private set; } = PublicationListRequest.DefaultLimit;

    public bool IsValid => Errors.Count == 0;

    public static string TypeSlug(DocumentType type) => type.ToString().ToLowerInvariant();

    public static async Task<DocumentListRequest> ReadAsync(DocumentListParameters parameters, BodyRepository bodies, CancellationToken cancellationToken)
    {
        var request = new DocumentListRequest();
        request.ReadSearch(parameters.Q);
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

        request.ReadLimit(parameters.Limit);
        request.ReadCursor(parameters.Cursor);
        return request;
    }

    private void ReadSearch(string? q)
    {
        if (q is null)
        {
            return;
        }

        switch (SearchText.Read(q, out var text))
        {
            case SearchTextProblem.None:
                Search = text;
                break;
            case SearchTextProblem.TooLong:
                Fail("q", $"Use at most {SearchText.MaxLength} characters.");
                break;
            default:
                Fail("q", "Give at least one word, number or symbol to search for.");
                break;
        }
    }

    private void ReadLanguageAndType(DocumentListParameters parameters)
    {
        if (parameters.Language is { } language)
        {
            if (ContentLanguages.TryParse(language, out var parsed))
            {
                Narrowing = Narrowing with { Language = parsed };
            }
            else
            {
                Fail("language", "Use 'en' or 'ru'.");
            }
        }

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

    private void ReadLimit(string? limit)
    {
        if (limit is null)
        {
            return;
        }

        if (int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= PublicationListRequest.MaxLimit)
        {
            Limit = parsed;
        }
        else
        {
            Fail("limit", $"Use a whole number from 1 to {PublicationListRequest.MaxLimit}.");
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

    private void Fail(string parameter, string message) => Errors[parameter] = [message];
}
