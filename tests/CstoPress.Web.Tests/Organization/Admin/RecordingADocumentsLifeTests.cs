namespace CstoPress.Web.Tests.Organization.Admin;

/// <summary>The steps of a document's life recorded from its edit page, by the register's rules, and shown to the public.</summary>
public class RecordingADocumentsLifeTests(RegisterPortal portal) : IClassFixture<RegisterPortal>
{
    [Fact]
    public async Task AnAgreementIsSentRatifiedStateByStateAndEntersIntoForceAndAStepOutOfOrderIsRefused()
    {
        var editor = await RegisterDesk.SignInAsync(portal);
        var admin = await RegisterDesk.SignInAsync(portal, PortalRoles.Admin);
        var id = await editor.CreateAsync(RegisterDesk.Documents, RegisterDesk.DocumentFields(
            "CSC/2024/AGR-1", portal.BodyId("collective-security-council"), "Agreement on joint training", type: "Agreement", firstStage: "Draft"));
        await editor.PublishAsync("document", id, admin);

        var early = await editor.RecordStepAsync(id, "EnteredIntoForce", "2024-07-12");
        Assert.Contains("An agreement or protocol enters into force once ratified, and only once.", early);
        await editor.RecordStepAsync(id, "Adopted", "2024-07-12");
        var again = await editor.RecordStepAsync(id, "Considered", "2024-07-13");
        Assert.Contains("This document has already been adopted.", again);
        var future = await editor.RecordStepAsync(id, "SentForDomesticProcedures", "2024-08-30");
        Assert.Contains("A step cannot be dated in the future.", future);
        var sent = await editor.RecordStepAsync(id, "SentForDomesticProcedures", "2024-07-15");
        Assert.Contains("Ratification by the member States", sent);

        var ratified = await editor.ActAsync($"/admin/register/documents/steps/{id}?handler=Ratify", $"{RegisterDesk.Documents}/{id}", new()
        {
            ["Dates[Belarus]"] = "2024-07-20",
            ["Dates[Armenia]"] = "2024-07-18",
            ["Notes[Armenia]"] = "Instrument deposited",
            ["Dates[Russia]"] = "",
        });
        Assert.Contains("ratified by Armenia on 18.07.2024, Belarus on 20.07.2024", ratified);
        var twice = await editor.ActAsync($"/admin/register/documents/steps/{id}?handler=Ratify", $"{RegisterDesk.Documents}/{id}", new()
        {
            ["Dates[Belarus]"] = "2024-07-22",
        });
        Assert.Contains("This State's ratification is already recorded.", twice);
        await editor.RecordStepAsync(id, "EnteredIntoForce", "2024-07-25");

        var page = await portal.CreateClient().GetTextAsync("/documents/CSC/2024/AGR-1");
        var ratifications = page[page.IndexOf("class=\"register-table ratifications\"", StringComparison.Ordinal)..];
        Assert.Contains("<th scope=\"row\">Republic of Armenia</th>", ratifications);
        Assert.Contains("18 July 2024 — Instrument deposited", ratifications);
        Assert.Contains("20 July 2024", ratifications);
        Assert.Contains("<td>not yet</td>", ratifications);
        Assert.Contains("Entered into force", page);
        var history = await editor.Client.GetTextAsync($"/admin/register/history/document/{id}");
        Assert.Contains("recorded ratifications", history);
    }

    [Fact]
    public async Task ADecisionIsNotSentForDomesticProceduresAndTheEditorIsToldWhy()
    {
        var editor = await RegisterDesk.SignInAsync(portal);
        var id = await editor.CreateAsync(RegisterDesk.Documents, RegisterDesk.DocumentFields("PC/2024/DEC-2", portal.BodyId("permanent-council"), "A decision"));

        var page = await editor.RecordStepAsync(id, "SentForDomesticProcedures", "2024-07-20");

        Assert.Contains("Only agreements and protocols are sent for domestic procedures; other acts take effect on adoption.", page);
    }

    [Fact]
    public async Task APdfAttachedToTheOriginalIsOfferedOnThePublicPageAndAFileThatIsNotOneIsRefused()
    {
        var editor = await RegisterDesk.SignInAsync(portal);
        var admin = await RegisterDesk.SignInAsync(portal, PortalRoles.Admin);
        var id = await editor.CreateAsync(RegisterDesk.Documents, RegisterDesk.DocumentFields("PC/2024/FILE-3", portal.BodyId("permanent-council"), "A decision with its file"));
        var edit = await editor.Client.GetStringAsync($"{RegisterDesk.Documents}/{id}");
        var versionId = Regex.Match(edit, "<option value=\"(\\d+)\">Russian \\(original\\)").Groups[1].Value;

        var refused = await UploadAsync(editor, id, versionId, "decision.pdf", "not a pdf at all"u8.ToArray());
        Assert.Contains("Only PDF or DOCX files can be attached", refused);
        await UploadAsync(editor, id, versionId, "../decision.pdf", "%PDF-1.4 the decision"u8.ToArray());
        await editor.PublishAsync("document", id, admin);

        var page = await portal.CreateClient().GetTextAsync("/ru/documents/PC/2024/FILE-3");
        var link = Regex.Match(page, "href=\"(/document-files/\\d+/decision.pdf)\"").Groups[1].Value;
        Assert.NotEmpty(link);
        var file = await portal.CreateClient().GetAsync(link);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<string> UploadAsync(RegisterDesk desk, int id, string versionId, string name, byte[] bytes)
    {
        var token = await desk.Client.AntiforgeryTokenAsync($"{RegisterDesk.Documents}/{id}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(versionId), "VersionId" },
            { new ByteArrayContent(bytes), "Upload", name },
        };
        var response = await desk.Client.PostAsync($"/admin/register/documents/files/{id}?handler=Upload", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return WebUtility.HtmlDecode(await desk.Client.GetStringAsync(response.Headers.Location));
    }
}
