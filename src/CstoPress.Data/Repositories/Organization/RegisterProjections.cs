namespace CstoPress.Data.Repositories.Organization;

/// <summary>The register's projections, written once for every page, feed and search that lists documents or meetings.</summary>
internal static class RegisterProjections
{
    public static IQueryable<MeetingLine> MeetingLines(this IQueryable<Meeting> meetings) =>
        meetings.Select(m => new MeetingLine(
            m.Id, m.Body!.Slug, m.Body.Name, m.Body.NameRu, m.Number, m.StartsOn, m.EndsOn, m.Place, m.PlaceRu, m.Status, m.StatusReason));

    public static IQueryable<DocumentLine> DocumentLines(this IQueryable<Document> documents, ContentLanguage language) =>
        documents.Select(d => new DocumentLine(
            d.Id,
            d.Symbol,
            d.Versions.Where(v => v.Language == language).Select(v => v.Title).FirstOrDefault()
                ?? d.Versions.OrderByDescending(v => v.IsOriginal).Select(v => v.Title).FirstOrDefault() ?? d.Symbol,
            d.Type,
            d.Stage,
            d.Body == null ? d.AdoptingBodyName : language == ContentLanguage.Ru ? d.Body.NameRu : d.Body.Name,
            d.Steps.Where(s => s.Stage == DocumentStage.Adopted).Max(s => (DateOnly?)s.On)));

    /// <summary>Newest adopted first; documents not yet adopted after them, newest entered first.</summary>
    public static IQueryable<Document> NewestFirst(this IQueryable<Document> documents) =>
        documents
            .OrderByDescending(d => d.Steps.Where(s => s.Stage == DocumentStage.Adopted).Max(s => (DateOnly?)s.On) != null)
            .ThenByDescending(d => d.Steps.Where(s => s.Stage == DocumentStage.Adopted).Max(s => (DateOnly?)s.On))
            .ThenByDescending(d => d.Id);
}
