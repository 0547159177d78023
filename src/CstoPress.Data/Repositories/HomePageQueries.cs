namespace CstoPress.Data.Repositories;

/// <summary>
/// The home page's lead block, compiled once, as a publication's page's queries are (<see cref="PublicationPageQueries"/>).
/// </summary>
internal static class HomePageQueries
{
    public static readonly Func<CstoPressDbContext, ContentLanguage, int, DateTimeOffset, IAsyncEnumerable<PublicationSummary>> Latest =
        EF.CompileAsyncQuery(VisibilityRulesInlined.In((CstoPressDbContext db, ContentLanguage language, int count, DateTimeOffset now) =>
            db.Publications.AsNoTracking()
                .Where(p => PublicVisibility.IsListed(p, now) && p.Language == language)
                .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
                .Take(count)
                .Select(PublicationRepository.SummaryOf)));
}
