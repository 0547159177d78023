using CstoPress.Core.Organization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CstoPress.Web.Tests.Organization;

public class ResolvingADocumentBySymbolTests(RegisterPortal portal) : IClassFixture<RegisterPortal>
{
    private readonly HttpClient _client = portal.CreateClient();
    private readonly HttpClient _noRedirects = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task ASymbolWithSlashesAndDotsIsTheDocumentsStableAddress()
    {
        await portal.AddDocumentAsync(new DocumentBuilder("CSTO/PC/2024/3.1", DocumentType.Decision, portal.BodyId("permanent-council"),
            "Decision on the plan of consultations", "Решение о плане консультаций").Adopted(10));

        var html = await _client.GetTextAsync("/documents/CSTO/PC/2024/3.1");
        var russian = await _client.GetTextAsync("/ru/documents/CSTO/PC/2024/3.1");

        Assert.Contains("Decision on the plan of consultations</h1>", html);
        Assert.Contains("<span class=\"symbol\">CSTO/PC/2024/3.1</span>", html);
        Assert.Contains("English — unofficial translation", html);
        Assert.Contains("Russian — original", html);
        Assert.Contains("Unofficial translation: only the original is authentic.", html);
        Assert.Contains("href=\"/bodies/permanent-council\"", html);
        Assert.Contains("Решение о плане консультаций</h1>", russian);
        Assert.Contains("Текст документа CSTO/PC/2024/3.1.", russian);
        Assert.DoesNotContain("Неофициальный перевод: аутентичен", russian);
    }

    [Theory]
    [InlineData("/documents/csto/pc/2024/7")]
    [InlineData("/documents/CSTO%2FPC%2F2024%2F7")]
    [InlineData("/documents/CSTO/PC/2024/%207")]
    [InlineData("/ru/documents/csto/PC/2024/7")]
    public async Task ASymbolTypedAnotherWayIsSentOnToTheDocumentsAddress(string typed)
    {
        await EnsureAsync("CSTO/PC/2024/7");

        var response = await _noRedirects.GetAsync(typed);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.EndsWith("/documents/CSTO/PC/2024/7", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASymbolWithASpaceIsEscapedInTheAddressAndFoundBack()
    {
        await EnsureAsync("No. 12/2023");

        var response = await _noRedirects.GetAsync("/documents/No.%2012/2023");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No. 12/2023", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("/documents/CSTO/NO/SUCH/1")]
    [InlineData("/ru/documents/nothing")]
    public async Task AnUnknownSymbolIsNotFoundInThePagesLanguage(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheHistoryAndTheRatificationTableAreShownStepByStep()
    {
        var meeting = await portal.AddMeetingAsync(portal.Meeting("council-of-foreign-ministers", 41, -120, MeetingStatus.Held));
        await portal.AddDocumentAsync(new DocumentBuilder("CSTO/CFM/2024/1", DocumentType.Agreement, portal.BodyId("council-of-foreign-ministers"),
                "Agreement on joint training of staff", "Соглашение о совместной подготовке кадров")
            .Step(DocumentStage.Draft, 130)
            .Step(DocumentStage.Considered, 120, meetingId: meeting.Id)
            .Adopted(100)
            .Step(DocumentStage.SentForDomesticProcedures, 90)
            .Step(DocumentStage.Ratified, 60, MemberState.Belarus)
            .Step(DocumentStage.Ratified, 30, MemberState.Kazakhstan));

        var html = await _client.GetTextAsync("/documents/CSTO/CFM/2024/1");
        var russian = await _client.GetTextAsync("/ru/documents/CSTO/CFM/2024/1");

        var history = Regex.Matches(html, "<td>(Draft|Considered|Adopted|Sent for domestic procedures|Ratified|Entered into force)</td>").Select(m => m.Groups[1].Value);
        Assert.Equal(["Draft", "Considered", "Adopted", "Sent for domestic procedures", "Ratified", "Ratified"], history);
        Assert.Contains("href=\"/meetings/council-of-foreign-ministers/41\"", html);
        Assert.Matches("<th scope=\"row\">Republic of Belarus</th>\\s*<td>27 May 2024</td>", html);
        Assert.Matches("<th scope=\"row\">Republic of Kazakhstan</th>\\s*<td>26 June 2024</td>", html);
        Assert.Matches("<th scope=\"row\">Russian Federation</th>\\s*<td>not yet</td>", html);
        Assert.Equal(6, Regex.Count(html, "<th scope=\"row\">"));
        Assert.Matches("<th scope=\"row\">Республика Беларусь</th>\\s*<td>27 мая 2024</td>", russian);

        var meetingPage = await _client.GetTextAsync("/meetings/council-of-foreign-ministers/41");
        Assert.Contains("Agreement on joint training of staff", meetingPage);
        Assert.Contains("considered", meetingPage);
    }

    [Fact]
    public async Task ADocumentListsTheNewsThatLinksItAndTheNewsLinksBack()
    {
        var news = new PublicationBuilder(portal.News, "Permanent Council adopts its plan").Build();
        await portal.AddDocumentAsync(new DocumentBuilder("CSTO/PC/2024/9", DocumentType.Decision, portal.BodyId("permanent-council"), "Plan of work").Adopted(2), news);

        var document = await _client.GetTextAsync("/documents/CSTO/PC/2024/9");
        var publication = await _client.GetTextAsync($"/news/{news.Slug}");

        Assert.Contains("Permanent Council adopts its plan", document);
        Assert.Contains("Documents in this item", publication);
        Assert.Contains("href=\"/documents/CSTO/PC/2024/9\"", publication);
    }

    private async Task EnsureAsync(string symbol)
    {
        var exists = false;
        await portal.WithDatabaseAsync(async db => exists = await db.Documents.AnyAsync(d => d.Symbol == symbol));
        if (!exists)
        {
            await portal.AddDocumentAsync(new DocumentBuilder(symbol, DocumentType.Statement, portal.BodyId("permanent-council"), "Statement " + symbol).Adopted(5));
        }
    }
}
