using CstoPress.Core.Organization;

namespace CstoPress.Web.Tests.Organization.Admin;

/// <summary>A register entry follows a publication's review: a draft stays with the press office until a second person approves it.</summary>
public class ReviewingRegisterEntriesTests(RegisterPortal portal) : IClassFixture<RegisterPortal>
{
    [Fact]
    public async Task ADraftDocumentReachesThePublicOnlyWhenASecondPersonApprovesIt()
    {
        var editor = await RegisterDesk.SignInAsync(portal);
        var admin = await RegisterDesk.SignInAsync(portal, PortalRoles.Admin);
        var reader = portal.CreateClient();
        var id = await editor.CreateAsync(RegisterDesk.Documents,
            RegisterDesk.DocumentFields("PC/2024/11", portal.BodyId("permanent-council"), "Decision on the plan of consultations"));

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/documents/PC/2024/11")).StatusCode);
        var submitted = await editor.ReviewAsync("document", id, "Submit");
        Assert.Contains("sent for review", submitted);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/documents/PC/2024/11")).StatusCode);

        var ownApproval = await editor.ReviewAsync("document", id, "Approve");
        Assert.Contains("A second person has to approve what you sent for review.", ownApproval);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/documents/PC/2024/11")).StatusCode);

        await admin.ReviewAsync("document", id, "Approve");
        var english = await reader.GetTextAsync("/documents/PC/2024/11");
        var russian = await reader.GetTextAsync("/ru/documents/PC/2024/11");
        Assert.Contains("Decision on the plan of consultations</h1>", english);
        Assert.Contains("The text of the <strong>decision</strong>.", english);
        Assert.Contains("English — unofficial translation", english);
        Assert.Contains("Текст <strong>решения</strong>.", russian);
    }

    [Fact]
    public async Task EverySaveAndStepOfAnEntryIsInTheAuditLog()
    {
        var editor = await RegisterDesk.SignInAsync(portal);
        var admin = await RegisterDesk.SignInAsync(portal, PortalRoles.Admin);
        var id = await editor.CreateAsync(RegisterDesk.Documents, RegisterDesk.DocumentFields("PC/2024/12", portal.BodyId("permanent-council"), "Audited decision"));
        await editor.PostEntryAsync(RegisterDesk.Documents, id, RegisterDesk.DocumentFields("PC/2024/12", portal.BodyId("permanent-council"), "Audited decision, corrected"));
        await editor.PublishAsync("document", id, admin);

        var actions = new List<string>();
        await portal.WithDatabaseAsync(async db => actions = await db.AuditLog
            .Where(a => a.RegisterKind == RegisterEntryKind.Document && a.RegisterEntryId == id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        var log = await admin.Client.GetTextAsync("/admin/audit");

        Assert.Equal(["created", "edited", "sent for review", "approved"], actions);
        Assert.Contains($"<a href=\"/admin/register/documents/edit/{id}\">Document PC/2024/12</a>", log);
    }

    [Fact]
    public async Task EditingAPublicEntryKeepsTheVersionBeforeInItsHistory()
    {
        var editor = await RegisterDesk.SignInAsync(portal);
        var admin = await RegisterDesk.SignInAsync(portal, PortalRoles.Admin);
        var body = portal.BodyId("permanent-council");
        var id = await editor.CreateAsync(RegisterDesk.Documents, RegisterDesk.DocumentFields("PC/2024/13", body, "First public title"));
        await editor.PublishAsync("document", id, admin);

        var saved = await editor.PostEntryAsync(RegisterDesk.Documents, id, RegisterDesk.DocumentFields("PC/2024/13", body, "Second public title"));
        var history = await editor.Client.GetTextAsync($"/admin/register/history/document/{id}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("<del>- [en, unofficial translation] First public title</del>", history);
        Assert.Contains("<ins>+ [en, unofficial translation] Second public title</ins>", history);
        Assert.Contains("Second public title</h1>", await portal.CreateClient().GetTextAsync("/documents/PC/2024/13"));
        var revisions = 0;
        await portal.WithDatabaseAsync(async db => revisions = await db.RegisterRevisions.CountAsync(r => r.Kind == RegisterEntryKind.Document && r.EntryId == id));
        Assert.Equal(2, revisions);
    }

    [Fact]
    public async Task TheSecondOfTwoEditorsSavingOneEntryIsToldAndKeepsTheirText()
    {
        var first = await RegisterDesk.SignInAsync(portal);
        var second = await RegisterDesk.SignInAsync(portal, PortalRoles.Admin);
        var body = portal.BodyId("permanent-council");
        var id = await first.CreateAsync(RegisterDesk.Documents, RegisterDesk.DocumentFields("PC/2024/14", body, "Shared title"));
        var version = await first.VersionAsync($"{RegisterDesk.Documents}/{id}");

        var firstSave = await first.PostEntryAsync(RegisterDesk.Documents, id,
            new(RegisterDesk.DocumentFields("PC/2024/14", body, "The first editor's title")) { ["Input.Version"] = version });
        var secondSave = await second.PostEntryAsync(RegisterDesk.Documents, id,
            new(RegisterDesk.DocumentFields("PC/2024/14", body, "The second editor's title")) { ["Input.Version"] = version });
        var page = WebUtility.HtmlDecode(await secondSave.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        Assert.Contains("Someone else saved this document while you were editing it.", page);
        Assert.Contains("<del>- [en, unofficial translation] The first editor's title</del>", page);
        Assert.Contains("value=\"The second editor's title\"", page);
        var stored = "";
        await portal.WithDatabaseAsync(async db => stored = await db.DocumentVersions.Where(v => v.DocumentId == id && v.Language == ContentLanguage.En).Select(v => v.Title).SingleAsync());
        Assert.Equal("The first editor's title", stored);

        // Saving again after seeing the other version goes through.
        var theirVersion = Regex.Match(page, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var again = await second.PostEntryAsync(RegisterDesk.Documents, id,
            new(RegisterDesk.DocumentFields("PC/2024/14", body, "The second editor's title")) { ["Input.Version"] = theirVersion });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task ASymbolAlreadyInTheRegisterIsRefusedAndTheFormKept()
    {
        var editor = await RegisterDesk.SignInAsync(portal);
        var body = portal.BodyId("permanent-council");
        await editor.CreateAsync(RegisterDesk.Documents, RegisterDesk.DocumentFields("PC/2024/15", body, "The first one"));

        var again = await editor.PostEntryAsync(RegisterDesk.Documents, null, RegisterDesk.DocumentFields("pc/2024/15", body, "A second one"));
        var page = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Another document in the register has this symbol", page);
        Assert.Contains("value=\"A second one\"", page);
    }
}
