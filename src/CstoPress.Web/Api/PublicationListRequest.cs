using System.Globalization;
using CstoPress.Core.Publications;
using CstoPress.Core.Search;
using CstoPress.Data.Repositories;
using CstoPress.Data.Search;

namespace CstoPress.Web.Api;

/// <summary>
/// The query string of /api/v1/publications, bound as plain text and checked here, so that every bad
/// value gets a 400 naming its parameter instead of a bare binding failure.
/// </summary>
public sealed class PublicationListRequest
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public Dictionary<string, string[]> Errors { get; } = [];

    public PublicationNarrowing Narrowing { get; private set; } = new();

    public ListingCursor? Cursor { get; private set; }

    /// <summary>The words of a full-text search (?q=); null for a plain newest-first listing.</summary>
    public SearchText? Search { get; private set; }

    /// <summary>Where a search's next page starts: search pages are ranked, so their cursor is a position.</summary>
    public SearchCursor? SearchCursor { get; private set; }

    public int Limit { get; private set; } = DefaultLimit;

    public bool IsValid => Errors.Count == 0;

    public static async Task<PublicationListRequest> ReadAsync(PublicationListParameters parameters, ReadApiRepository repository, CancellationToken cancellationToken)
    {
        var request = new PublicationListRequest();
        var narrowing = new PublicationNarrowing();

        if (parameters.Q is not null)
        {
            switch (SearchText.Read(parameters.Q, out var text))
            {
                case SearchTextProblem.None:
                    request.Search = text;
                    break;
                case SearchTextProblem.TooLong:
                    request.Fail("q", $"Use at most {SearchText.MaxLength} characters.");
                    break;
                default:
                    request.Fail("q", "Give at least one word or number to search for.");
                    break;
            }

            // The search ranks by relevance within its own filters; these two have no meaning there.
            if (parameters.Tag is not null)
            {
                request.Fail("tag", "Cannot be combined with q.");
            }

            if (parameters.Since is not null)
            {
                request.Fail("since", "Cannot be combined with q.");
            }
        }

        if (parameters.Language is { } language)
        {
            if (ContentLanguages.TryParse(language, out var parsed))
            {
                narrowing = narrowing with { Language = parsed };
            }
            else
            {
                request.Fail("language", "Use 'en' or 'ru'.");
            }
        }

        if (parameters.Kind is { } kind)
        {
            if (PublicationKinds.TryParse(kind, out var parsed))
            {
                narrowing = narrowing with { Kind = parsed };
            }
            else
            {
                request.Fail("kind", "Unknown kind. Use one of: " + string.Join(", ", PublicationKinds.All.Select(k => k.Slug())) + ".");
            }
        }

        if (parameters.Section is { } section)
        {
            var id = await repository.SectionIdAsync(section, cancellationToken);
            if (id is null)
            {
                request.Fail("section", "No section has this slug; /api/v1/sections lists them.");
            }

            narrowing = narrowing with { SectionId = id };
        }

        if (parameters.Tag is { } tag)
        {
            var id = await repository.TagIdAsync(tag, cancellationToken);
            if (id is null)
            {
                request.Fail("tag", "No topic has this slug; /api/v1/tags lists them.");
            }

            narrowing = narrowing with { TagId = id };
        }

        if (parameters.Person is { } person)
        {
            var id = await repository.PersonIdAsync(person, cancellationToken);
            if (id is null)
            {
                request.Fail("person", "No person has this slug; /api/v1/people lists them.");
            }

            narrowing = narrowing with { PersonId = id };
        }

        if (parameters.Since is { } since)
        {
            if (DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
                && parsed.Year is >= 1900 and <= 9000)
            {
                narrowing = narrowing with { From = parsed };
            }
            else
            {
                request.Fail("since", "Use an ISO 8601 date or time, such as 2024-07-26 or 2024-07-26T09:00:00Z.");
            }
        }

        if (parameters.Limit is { } limit)
        {
            if (int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= MaxLimit)
            {
                request.Limit = parsed;
            }
            else
            {
                request.Fail("limit", $"Use a whole number from 1 to {MaxLimit}.");
            }
        }

        if (parameters.Cursor is { } searchCursor && parameters.Q is not null)
        {
            if (Data.Search.SearchCursor.TryParse(searchCursor, out var position))
            {
                request.SearchCursor = position;
            }
            else
            {
                request.Fail("cursor", "Not a cursor this API issued: pass the 'next' value of the previous page unchanged.");
            }
        }
        else if (parameters.Cursor is { } cursor)
        {
            if (ListingCursor.TryParse(cursor, out var parsed))
            {
                request.Cursor = parsed;
            }
            else
            {
                request.Fail("cursor", "Not a cursor this API issued: pass the 'next' value of the previous page unchanged.");
            }
        }

        request.Narrowing = narrowing;
        return request;
    }

    private void Fail(string parameter, string message) => Errors[parameter] = [message];
}
