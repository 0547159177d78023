using CstoPress.Core.Organization;
using CstoPress.Data.Repositories.Organization;
using CstoPress.Web.Feeds;

namespace CstoPress.Web.Organization;

/// <summary>What the register serves besides its pages: the calendar feed of meetings, the feeds of documents and the documents' attached files.</summary>
public static class RegisterEndpoints
{
    /// <summary>How far back the calendar feed reaches, so subscribers keep the recent meetings.</summary>
    private const int CalendarDaysBack = 365;

    public static IEndpointRouteBuilder MapRegisterEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var language in new[] { ContentLanguage.En, ContentLanguage.Ru })
        {
            endpoints.MapMethods(SiteLinks.MeetingCalendar(language), FeedEndpoints.GetOrHead, async (
                    HttpContext context, MeetingRepository meetings, MeetingCalendarWriter writer, TimeProvider time, PressOfficeTime officeTime) =>
                {
                    var now = time.GetUtcNow();
                    var entries = await meetings.CalendarAsync(officeTime.Day(now).AddDays(-CalendarDaysBack), context.RequestAborted);
                    return Results.Text(writer.Write(entries, language, context.Request.Origin(), now), "text/calendar; charset=utf-8");
                })
                .ExcludeFromDescription()
                .CacheOutput(PublicOutputCache.PolicyName);

            endpoints.MapMethods(SiteLinks.Prefix(language) + "/feeds/documents.{format}", FeedEndpoints.GetOrHead, async (
                    string format, HttpContext context, DocumentEntryRepository documents, DocumentFeedWriter writer) =>
                {
                    if (!FeedFormats.TryParse(format, out var feedFormat))
                    {
                        return Results.NotFound();
                    }

                    var entries = await documents.LatestAsync(FeedEndpoints.EntriesPerFeed, context.RequestAborted);
                    var feed = writer.Write(entries, language, feedFormat, context.Request.Origin());
                    return XmlResponses.Document(context, feed, feedFormat.MediaType(), entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Document.UpdatedAt));
                })
                .ExcludeFromDescription()
                .CacheOutput(PublicOutputCache.PolicyName);
        }

        endpoints.MapGet("/document-files/{id:int}/{name}", async (int id, DocumentRegisterRepository register, HttpContext context) =>
                await register.FileAsync(id, context.RequestAborted) is { } file
                    ? Results.File(file.Content, file.Format == FileFormat.Pdf ? "application/pdf" : DocxMediaType, file.FileName)
                    : Results.NotFound())
            .ExcludeFromDescription()
            .CacheOutput(PublicOutputCache.PolicyName);
        return endpoints;
    }

    private const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
