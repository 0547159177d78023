using CstoPress.Core.Search;
using CstoPress.Data.Search;

namespace CstoPress.Web.Api;

/// <summary>
/// The query string of /api/v1/publications, bound as plain text and checked here, so that every bad
/// value gets a 400 naming its parameter instead of a bare binding failure.
/// </summary>
public sealed class PublicationListRequest
{
    private readonly ListParameterErrors errors = new();

    public Dictionary<string, string[]> Errors => errors.ByParameter;

    public PublicationNarrowing Narrowing { get; private set; } = new();

    public ListingCursor? Cursor { get; private set; }

    /// <summary>The words of a full-text search (?q=); null for a plain newest-first listing.</summary>
    public SearchText? Search { get; private set; }

    /// <summary>Where a search's next page starts: search pages are ranked, so their cursor is a position.</summary>
    public SearchCursor? SearchCursor { get; private set; }

    public int Limit { get; private set; } = ListParameterErrors.DefaultLimit;

    public bool IsValid => !errors.Any;

    /// <summary>Checks the parameters in the order the 400 response names them.</summary>
    public static async Task<PublicationListRequest> ReadAsync(PublicationListParameters parameters, ReadApiRepository repository, CancellationToken cancellationToken)
    {
        var request = new PublicationListRequest();
        request.ReadSearch(parameters);
        request.ReadLanguageAndKind(parameters);
        await request.ReadSlugsAsync(parameters, repository, cancellationToken);
        request.ReadSince(parameters.Since);
        request.Limit = request.errors.ReadLimit(parameters.Limit);
        request.ReadCursor(parameters);
        return request;
    }

    private void ReadSearch(PublicationListParameters parameters)
    {
        if (parameters.Q is null)
        {
            return;
        }

        Search = errors.ReadSearch(parameters.Q, "Give at least one word or number to search for.");

        // The search ranks by relevance within its own filters; these two have no meaning there.
        if (parameters.Tag is not null)
        {
            Fail("tag", "Cannot be combined with q.");
        }

        if (parameters.Since is not null)
        {
            Fail("since", "Cannot be combined with q.");
        }
    }

    private void ReadLanguageAndKind(PublicationListParameters parameters)
    {
        Narrowing = Narrowing with { Language = errors.ReadLanguage(parameters.Language) };

        if (parameters.Kind is { } kind)
        {
            if (PublicationKinds.TryParse(kind, out var parsed))
            {
                Narrowing = Narrowing with { Kind = parsed };
            }
            else
            {
                Fail("kind", "Unknown kind. Use one of: " + string.Join(", ", PublicationKinds.All.Select(k => k.Slug())) + ".");
            }
        }
    }

    private async Task ReadSlugsAsync(PublicationListParameters parameters, ReadApiRepository repository, CancellationToken cancellationToken)
    {
        if (parameters.Section is { } section)
        {
            var id = await repository.SectionIdAsync(section, cancellationToken);
            if (id is null)
            {
                Fail("section", "No section has this slug; /api/v1/sections lists them.");
            }

            Narrowing = Narrowing with { SectionId = id };
        }

        if (parameters.Tag is { } tag)
        {
            var id = await repository.TagIdAsync(tag, cancellationToken);
            if (id is null)
            {
                Fail("tag", "No topic has this slug; /api/v1/tags lists them.");
            }

            Narrowing = Narrowing with { TagId = id };
        }

        if (parameters.Person is { } person)
        {
            var id = await repository.PersonIdAsync(person, cancellationToken);
            if (id is null)
            {
                Fail("person", "No person has this slug; /api/v1/people lists them.");
            }

            Narrowing = Narrowing with { PersonId = id };
        }
    }

    private void ReadSince(string? since)
    {
        if (since is null)
        {
            return;
        }

        if (DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            && parsed.Year is >= 1900 and <= 9000)
        {
            Narrowing = Narrowing with { From = parsed };
        }
        else
        {
            Fail("since", "Use an ISO 8601 date or time, such as 2024-07-26 or 2024-07-26T09:00:00Z.");
        }
    }

    /// <summary>A search's cursor is a position in its ranking, a listing's a point in time: which one depends on q.</summary>
    private void ReadCursor(PublicationListParameters parameters)
    {
        if (parameters.Cursor is not { } cursor)
        {
            return;
        }

        if (parameters.Q is not null && Data.Search.SearchCursor.TryParse(cursor, out var position))
        {
            SearchCursor = position;
        }
        else if (parameters.Q is null && ListingCursor.TryParse(cursor, out var parsed))
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
