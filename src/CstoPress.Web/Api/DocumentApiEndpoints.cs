using System.Text.RegularExpressions;
using CstoPress.Core.Markdown;
using CstoPress.Core.Organization;
using CstoPress.Data.Repositories.Organization;
using CstoPress.Data.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CstoPress.Web.Api;

/// <summary>The register of documents in the read API: /api/v1/documents and /api/v1/documents/{symbol}.</summary>
public static partial class DocumentApiEndpoints
{
    public static RouteGroupBuilder MapDocumentApi(this RouteGroupBuilder api)
    {
        api.MapGet("/documents", ListDocumentsAsync)
            .WithName("ListDocuments")
            .WithSummary("Documents of the register, the latest entered first (best first with q), with filters and cursor pagination.");
        api.MapGet("/documents/{**symbol}", DocumentAsync)
            .WithName("GetDocument")
            .WithSummary("One document by its symbol, typed any way (case, spaces, dashes); its slashes stay slashes.");
        return api;
    }

    private static async Task<Results<Ok<DocumentListResource>, ValidationProblem>> ListDocumentsAsync(
        [AsParameters] DocumentListParameters parameters, HttpContext context, BodyRepository bodies, DocumentEntryRepository documents,
        DocumentSearchRepository search, PublicationMarkdown markdown)
    {
        var cancellationToken = context.RequestAborted;
        var request = await DocumentListRequest.ReadAsync(parameters, bodies, cancellationToken);
        if (!request.IsValid)
        {
            return TypedResults.ValidationProblem(request.Errors, title: "Some parameters are not valid.");
        }

        IReadOnlyList<DocumentEntry> items;
        int? next;
        if (request.Search is { } words)
        {
            var offset = request.Cursor ?? 0;
            var ids = await search.SearchIdsAsync(words, request.Narrowing, offset, request.Limit + 1, cancellationToken);
            items = await documents.InOrderAsync([.. ids.Take(request.Limit)], cancellationToken);
            next = ids.Count > request.Limit ? offset + request.Limit : null;
        }
        else
        {
            var page = await documents.PageAsync(request.Narrowing, request.Cursor, request.Limit, cancellationToken);
            items = page.Items;
            next = page.NextBefore;
        }

        var nextText = next?.ToString(CultureInfo.InvariantCulture);
        string? nextUrl = null;
        if (nextText is not null)
        {
            var query = context.Request.Query
                .Where(p => p.Key != "cursor")
                .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()))
                .Append(KeyValuePair.Create("cursor", (string?)nextText));
            nextUrl = context.Request.Absolute(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/api/v1/documents", query));
        }

        var origin = context.Request.Origin();
        return TypedResults.Ok(new DocumentListResource([.. items.Select(e => Resource(e, origin, markdown))], nextText, nextUrl));
    }

    private static async Task<Results<Ok<DocumentResource>, ProblemHttpResult>> DocumentAsync(
        string symbol, HttpContext context, DocumentEntryRepository documents, PublicationMarkdown markdown)
    {
        // The path keeps an escaped slash (%2F) escaped; a symbol quoted that way is still the same symbol.
        var entry = await documents.BySymbolAsync(Uri.UnescapeDataString(symbol), context.RequestAborted);
        return entry is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such document.", detail: "No public document of the register has this symbol.")
            : TypedResults.Ok(Resource(entry, context.Request.Origin(), markdown));
    }

    private static DocumentResource Resource(DocumentEntry entry, string origin, PublicationMarkdown markdown)
    {
        var document = entry.Document;
        return new DocumentResource(
            document.Id,
            document.Symbol,
            origin + SiteLinks.Document(ContentLanguage.En, document.Symbol),
            origin + SiteLinks.Document(ContentLanguage.Ru, document.Symbol),
            DocumentListRequest.TypeSlug(document.Type),
            Slug(document.Stage.ToString()),
            document.Body is { } body
                ? new BodyRefResource(body.Slug, body.Name, body.NameRu, origin + SiteLinks.Body(ContentLanguage.En, body.Slug))
                : null,
            document.AdoptingBodyName,
            document.Steps.Where(s => s.Stage == DocumentStage.Adopted).Select(s => (DateOnly?)s.On).Max(),
            ApiTime.Utc(document.UpdatedAt),
            [.. document.Versions.OrderByDescending(v => v.IsOriginal).ThenBy(v => v.Language).Select(v => new DocumentVersionResource(
                v.Language.Code(), v.Title, v.IsOriginal, v.IsUnofficial, v.Text, markdown.ToHtml(v.Text, v.Language),
                [.. entry.Files.Where(f => f.VersionId == v.Id).Select(f => new DocumentFileResource(
                    f.FileName, f.Format.ToString().ToLowerInvariant(), f.Size, origin + SiteLinks.DocumentFile(f.Id, f.FileName)))]))],
            [.. document.History().Select(s => new DocumentStepResource(
                Slug(s.Stage.ToString()), s.On, s.State is { } state ? Slug(state.ToString()) : null,
                s.Meeting is { Body: not null } meeting && PublicVisibility.IsListed(meeting)
                    ? new MeetingRefResource(meeting.Body.Slug, meeting.Number, origin + SiteLinks.Meeting(ContentLanguage.En, meeting.Body.Slug, meeting.Number))
                    : null,
                s.Note))],
            document.Type.NeedsRatification()
                ? [.. document.Ratifications().Select(r => new RatificationResource(Slug(r.State.ToString()), r.RatifiedOn))]
                : null,
            [.. entry.News.Select(n => new DocumentNewsResource(n.Slug, n.Title, n.Language.Code(), origin + SiteLinks.Publication(n.Language, n.Slug), ApiTime.Utc(n.PublishedAt)))]);
    }

    /// <summary>'SentForDomesticProcedures' as 'sent-for-domestic-procedures', like the kinds' slugs.</summary>
    private static string Slug(string name) => WordStart().Replace(name, "-$1").ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordStart();
}
