using CstoPress.Core.Markdown;
using CstoPress.Data.Search;
using CstoPress.Web.Feeds;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CstoPress.Web.Api;

/// <summary>
/// The read API for newsroom tools (/api/v1): what the public may list, as JSON, described at
/// /openapi/v1.json. Nothing here writes.
/// </summary>
public static class ReadApiEndpoints
{
    public static IEndpointRouteBuilder MapReadApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Read API").CacheOutput(PublicOutputCache.PolicyName);

        api.MapGet("/publications", ListPublicationsAsync)
            .WithName("ListPublications")
            .WithSummary("Publications, newest first, with filters and cursor pagination.");
        api.MapGet("/publications/{slug}", PublicationAsync)
            .WithName("GetPublication")
            .WithSummary("One publication by its slug; a withdrawn one comes with its notice instead of its text.");
        api.MapGet("/sections", SectionsAsync).WithName("ListSections").WithSummary("The sections of the site.");
        api.MapGet("/people", PeopleAsync).WithName("ListPeople").WithSummary("The people publications are by or about.");
        api.MapGet("/tags", TagsAsync).WithName("ListTags").WithSummary("The topics of published publications.");
        api.MapDocumentApi();
        return endpoints;
    }

    private static async Task<Results<Ok<PublicationListResource>, ValidationProblem>> ListPublicationsAsync(
        [AsParameters] PublicationListParameters parameters, HttpContext context, ReadApiRepository repository, SearchRepository search, PublicationMarkdown markdown)
    {
        var request = await PublicationListRequest.ReadAsync(parameters, repository, context.RequestAborted);
        if (!request.IsValid)
        {
            return TypedResults.ValidationProblem(request.Errors, title: "Some parameters are not valid.");
        }

        IReadOnlyList<PublicationEntry> items;
        string? next;
        if (request.Search is { } words)
        {
            var filter = new SearchFilter
            {
                Language = request.Narrowing.Language, SectionId = request.Narrowing.SectionId, Kind = request.Narrowing.Kind, PersonId = request.Narrowing.PersonId,
            };
            var results = await search.SearchAsync(words, filter, request.SearchCursor, request.Limit, context.RequestAborted);
            items = await repository.PublicationsInOrderAsync(results.Hits.Select(h => h.Publication.Id).ToList(), context.RequestAborted);
            next = results.Next?.ToString();
        }
        else
        {
            var page = await repository.PublicationsAsync(request.Narrowing, request.Cursor, request.Limit, context.RequestAborted);
            items = page.Items;
            next = page.Next?.ToString();
        }

        string? nextUrl = null;
        if (next is not null)
        {
            var query = context.Request.Query
                .Where(p => p.Key != "cursor")
                .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()))
                .Append(KeyValuePair.Create("cursor", (string?)next));
            nextUrl = context.Request.Absolute(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/api/v1/publications", query));
        }

        var origin = context.Request.Origin();
        return TypedResults.Ok(new PublicationListResource(items.Select(e => Resource(e, origin, markdown)).ToList(), next, nextUrl));
    }

    private static async Task<Results<Ok<PublicationResource>, ProblemHttpResult>> PublicationAsync(
        string slug, HttpContext context, ReadApiRepository repository, PublicationMarkdown markdown)
    {
        var entry = await repository.PublicationBySlugAsync(slug, context.RequestAborted);
        return entry is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such publication.", detail: "No public publication has this slug.")
            : TypedResults.Ok(Resource(entry, context.Request.Origin(), markdown));
    }

    private static Task<Ok<IReadOnlyList<SectionResource>>> SectionsAsync(HttpContext context, CatalogRepository catalog) =>
        ListAsync(context, catalog.SectionsAsync, (request, s) => new SectionResource(
            s.Id, s.Slug, s.Name, s.NameRu,
            request.Absolute(SiteLinks.Section(ContentLanguage.En, s.Slug)), request.Absolute(SiteLinks.Section(ContentLanguage.Ru, s.Slug)),
            request.Absolute(FeedLinks.Section(ContentLanguage.En, s.Slug, FeedFormat.Atom)), request.Absolute(FeedLinks.Section(ContentLanguage.Ru, s.Slug, FeedFormat.Atom))));

    private static Task<Ok<IReadOnlyList<PersonResource>>> PeopleAsync(HttpContext context, ReadApiRepository repository) =>
        ListAsync(context, repository.PeopleAsync, (request, p) => new PersonResource(
            p.Id, p.Slug, p.Name, p.NameRu,
            request.Absolute(SiteLinks.Person(ContentLanguage.En, p.Slug)), request.Absolute(SiteLinks.Person(ContentLanguage.Ru, p.Slug)),
            request.Absolute(FeedLinks.Person(ContentLanguage.En, p.Slug, FeedFormat.Atom))));

    private static Task<Ok<IReadOnlyList<TagResource>>> TagsAsync(HttpContext context, ReadApiRepository repository) =>
        ListAsync(context, repository.TagsAsync, (request, t) => new TagResource(
            t.Id, t.Slug, t.Name, t.PublicationCount,
            request.Absolute(SiteLinks.Tag(ContentLanguage.En, t.Slug)), request.Absolute(FeedLinks.Tag(ContentLanguage.En, t.Slug, FeedFormat.Atom))));

    /// <summary>A whole catalog list as resources whose links are absolute addresses on this host.</summary>
    private static async Task<Ok<IReadOnlyList<TResource>>> ListAsync<TItem, TResource>(
        HttpContext context, Func<CancellationToken, Task<IReadOnlyList<TItem>>> load, Func<HttpRequest, TItem, TResource> resource)
    {
        var items = await load(context.RequestAborted);
        return TypedResults.Ok<IReadOnlyList<TResource>>(items.Select(item => resource(context.Request, item)).ToList());
    }

    private static PublicationResource Resource(PublicationEntry entry, string origin, PublicationMarkdown markdown)
    {
        var language = entry.Language;
        var withdrawn = entry.IsWithdrawn;
        return new PublicationResource(
            entry.Id,
            entry.Slug,
            origin + SiteLinks.Publication(language, entry.Slug),
            language.Code(),
            entry.Kind.Slug(),
            withdrawn ? "withdrawn" : "published",
            entry.Title,
            withdrawn ? "" : entry.Lead,
            withdrawn ? "" : entry.Body,
            withdrawn ? "" : entry.BodyHtml ?? markdown.ToHtml(entry.Body, language),
            ApiTime.Utc(entry.PublishedAt),
            ApiTime.Utc(entry.LastChangedAt),
            new SectionRefResource(entry.SectionSlug, entry.SectionName, origin + SiteLinks.Section(language, entry.SectionSlug)),
            entry.SpeakerName is null
                ? null
                : new SpeakerResource(entry.SpeakerName, entry.SpeakerPost, entry.SpeakerSlug,
                    entry.SpeakerSlug is null ? null : origin + SiteLinks.Person(language, entry.SpeakerSlug)),
            entry.People.Select(p => new PersonRefResource(p.Slug, p.Name, origin + SiteLinks.Person(language, p.Slug))).ToList(),
            entry.Tags.Select(t => new TagRefResource(t.Slug, t.Name, origin + SiteLinks.Tag(language, t.Slug))).ToList(),
            withdrawn ? [] : entry.Photos.Select(p => new PhotoResource(origin + SiteLinks.Image(p.ImageId), p.Caption, p.AltText, p.Credit)).ToList(),
            entry.Contact.IsEmpty ? null : new ContactResource(entry.Contact.Name, entry.Contact.Post, entry.Contact.Phone, entry.Contact.Email),
            withdrawn ? new WithdrawalResource(entry.WithdrawnAt is { } at ? ApiTime.Utc(at) : null, entry.WithdrawalReason) : null);
    }
}
