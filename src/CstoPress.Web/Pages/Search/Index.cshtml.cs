using CstoPress.Core.Search;
using CstoPress.Data.Repositories.Organization;
using CstoPress.Data.Search;
using Microsoft.AspNetCore.Http.Extensions;

namespace CstoPress.Web.Pages.Search;

/// <summary>
/// Full-text search of the archive (/search?q=, /ru/search?q=). Every parameter arrives as text and is
/// read here, so an odd address gets a message on the page, never an error: a filter that cannot be
/// read is named and left out, the query stays in the box whatever it was.
/// </summary>
public class IndexModel(SearchRepository search, DocumentSearchRepository documents, KeptCatalog catalog, TimeProvider time) : PublicPageModel
{
    public const int PageSize = 10;

    /// <summary>How many register documents the first page of results shows above the publications.</summary>
    public const int DocumentsShown = 10;
    public const int FirstYear = 2002;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "section")]
    public string? SectionSlug { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? KindName { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public string? YearText { get; set; }

    [BindProperty(SupportsGet = true, Name = "person")]
    public string? PersonSlug { get; set; }

    [BindProperty(SupportsGet = true, Name = "language")]
    public string? LanguageCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    public IReadOnlyList<SectionLink> Sections { get; private set; } = [];
    public IReadOnlyList<PersonLink> People { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<PublicationKind> Kinds { get; } = Enum.GetValues<PublicationKind>();

    public SearchFilter Filter { get; private set; } = new();
    /// <summary>The resource keys of the filters that could not be read, to name them on the page.</summary>
    public IReadOnlyList<string> UnreadableFilters { get; private set; } = [];
    public SearchTextProblem Problem { get; private set; } = SearchTextProblem.Empty;
    public int QueryLength { get; private set; }
    public SearchResults Results { get; private set; } = SearchResults.None;

    /// <summary>The register's documents the words find, on the first page; a filter only publications have (section, kind, year, person) leaves them out.</summary>
    public IReadOnlyList<DocumentLine> Documents { get; private set; } = [];
    public int FirstPosition { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Sections = await catalog.SectionsAsync(cancellationToken);
        People = await catalog.PeopleAsync(cancellationToken);
        var thisYear = time.GetUtcNow().Year;
        Years = Enumerable.Range(FirstYear, Math.Max(1, thisYear - FirstYear + 1)).Reverse().ToList();
        Filter = ReadFilter(thisYear);

        Problem = SearchText.Read(Query, out var text);
        QueryLength = text.Value.Length;
        if (Problem == SearchTextProblem.None)
        {
            var cursor = SearchCursor.TryParse(From, out var parsed) ? parsed : (SearchCursor?)null;
            FirstPosition = (cursor?.Offset ?? 0) + 1;
            Results = await search.SearchAsync(text, Filter, cursor, PageSize, cancellationToken);
            if (cursor is null && Filter is { SectionId: null, Kind: null, Year: null, PersonId: null })
            {
                Documents = await documents.SearchAsync(text, new DocumentNarrowing { Language = Filter.Language }, Language, DocumentsShown, cancellationToken);
            }
        }

        CanonicalPath = SiteLinks.Search(Language);
        OtherLanguageUrl = SiteLinks.Search(Language.Other()) + Request.QueryString;
        ViewData["SearchQuery"] = Query;
        return Page();
    }

    /// <summary>This search's address with another results page (null: the first).</summary>
    public string PageUrl(SearchCursor? cursor) => Address(keepFilters: true, cursor);

    /// <summary>The same words with no filter at all.</summary>
    public string WithoutFiltersUrl() => Address(keepFilters: false, null);

    private string Address(bool keepFilters, SearchCursor? cursor)
    {
        var query = new QueryBuilder();
        if (!string.IsNullOrEmpty(Query))
        {
            query.Add("q", Query);
        }

        if (keepFilters)
        {
            AddIfSet(query, "section", SectionSlug);
            AddIfSet(query, "kind", KindName);
            AddIfSet(query, "year", YearText);
            AddIfSet(query, "person", PersonSlug);
            AddIfSet(query, "language", LanguageCode);
        }

        if (cursor is { Offset: > 0 } at)
        {
            query.Add("from", at.ToString());
        }

        return SiteLinks.Search(Language) + query.ToQueryString();
    }

    private static void AddIfSet(QueryBuilder query, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add(name, value);
        }
    }

    private SearchFilter ReadFilter(int thisYear)
    {
        var unreadable = new List<string>();
        var filter = new SearchFilter();
        if (!string.IsNullOrEmpty(SectionSlug))
        {
            var section = Sections.FirstOrDefault(s => s.Slug == SectionSlug);
            filter = section is null ? Unreadable(filter, "FilterSection") : filter with { SectionId = section.Id };
        }

        if (!string.IsNullOrEmpty(KindName))
        {
            filter = Enum.TryParse<PublicationKind>(KindName, ignoreCase: true, out var kind)
                     && Enum.IsDefined(kind) && !char.IsDigit(KindName[0])
                ? filter with { Kind = kind }
                : Unreadable(filter, "FilterKind");
        }

        if (!string.IsNullOrEmpty(YearText))
        {
            filter = int.TryParse(YearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                     && year >= 1990 && year <= thisYear + 1
                ? filter with { Year = year }
                : Unreadable(filter, "FilterYear");
        }

        if (!string.IsNullOrEmpty(PersonSlug))
        {
            var person = People.FirstOrDefault(p => p.Slug == PersonSlug);
            filter = person is null ? Unreadable(filter, "FilterPerson") : filter with { PersonId = person.Id };
        }

        if (!string.IsNullOrEmpty(LanguageCode))
        {
            filter = ContentLanguages.TryParse(LanguageCode, out var language)
                ? filter with { Language = language }
                : Unreadable(filter, "FilterLanguage");
        }

        UnreadableFilters = unreadable;
        return filter;

        SearchFilter Unreadable(SearchFilter unchanged, string name)
        {
            unreadable.Add(name);
            return unchanged;
        }
    }
}
