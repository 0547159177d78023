using System.Text.Json;
using CstoPress.Core.Organization;

namespace CstoPress.Web.Tests.Organization;

/// <summary>The register's documents in the search, the API, the feeds and the sitemaps; a draft in none of them.</summary>
public class KeepingTheRegisterPublicOnlyWhenPublishedTests(RegisterPortal portal) : IClassFixture<RegisterPortal>
{
    private readonly HttpClient _client = portal.CreateClient();

    [Fact]
    public async Task APublishedDocumentIsFoundEverywhereTheArchiveIs()
    {
        await portal.AddDocumentAsync(new DocumentBuilder("CSTO/PC/2024/41", DocumentType.Decision, portal.BodyId("permanent-council"),
            "Decision on the quarantine of seedlings", "Решение о карантине саженцев").Adopted(3));

        Assert.Contains("/documents/CSTO/PC/2024/41", await _client.GetTextAsync("/search?q=seedlings"));
        Assert.Contains("/ru/documents/CSTO/PC/2024/41", await _client.GetTextAsync("/ru/search?q=" + Uri.EscapeDataString("саженцы")));
        Assert.Contains("/documents/CSTO/PC/2024/41", await _client.GetTextAsync("/search?q=csto/pc/2024/41"));
        using var list = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/documents?body=permanent-council&type=decision"));
        Assert.Contains(list.RootElement.GetProperty("items").EnumerateArray(), d => d.GetProperty("symbol").GetString() == "CSTO/PC/2024/41");
        using var one = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/documents/csto/pc/2024/41"));
        Assert.Equal("adopted", one.RootElement.GetProperty("stage").GetString());
        Assert.Contains("CSTO/PC/2024/41", await _client.GetTextAsync("/feeds/documents.atom"));
        Assert.Contains("Решение о карантине саженцев", await _client.GetTextAsync("/ru/feeds/documents.rss"));
        var sitemap = await _client.GetTextAsync("/sitemap.xml");
        Assert.Contains("/documents/CSTO/PC/2024/41</loc>", sitemap);
        Assert.Contains("/ru/bodies/permanent-council</loc>", sitemap);
        Assert.Contains("href=\"/documents\"", await _client.GetTextAsync("/"));
    }

    [Fact]
    public async Task ADraftDocumentAppearsNowherePublic()
    {
        var meeting = await portal.AddMeetingAsync(portal.Meeting("permanent-council", 77, -40, MeetingStatus.Held));
        await portal.AddDocumentAsync(new DocumentBuilder("CSTO/PC/2024/99", DocumentType.Decision, portal.BodyId("permanent-council"),
            "Decision on the unheard-of marmalade", "Решение о неслыханном мармеладе").Adopted(30, meeting.Id).InReview());
        await portal.AddDocumentAsync(new DocumentBuilder("CSTO/PC/2024/98", DocumentType.Decision, portal.BodyId("permanent-council"),
            "Draft on the unheard-of marmalade", "Проект о неслыханном мармеладе").Step(DocumentStage.Draft, 30));

        foreach (var symbol in new[] { "CSTO/PC/2024/99", "CSTO/PC/2024/98" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/documents/" + symbol)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/documents/" + symbol)).StatusCode);
        }

        foreach (var path in new[]
                 {
                     "/search?q=marmalade", "/search?q=CSTO/PC/2024/99", "/ru/search?q=" + Uri.EscapeDataString("мармелад"), "/api/v1/documents?q=marmalade",
                     "/api/v1/documents", "/feeds/documents.atom", "/feeds/documents.rss", "/ru/feeds/documents.atom", "/sitemap.xml", "/documents",
                     "/bodies/permanent-council", "/meetings/permanent-council/77",
                 })
        {
            var text = await _client.GetTextAsync(path);
            // The search page keeps the words typed in its box and title: the documents' addresses must not be there.
            Assert.DoesNotContain("documents/CSTO/PC/2024/9", text);
            Assert.DoesNotContain("unheard-of", text);
        }
    }
}
