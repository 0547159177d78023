namespace CstoPress.Web.Tests.Admin;

public class PublishingWorkflowTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private int Section => portal.News.Id;

    private string PressSecretary => portal.Catalog.PressSecretary.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";

    [Fact]
    public async Task ARussianDraftGetsATransliteratedAddressAndStaysOffTheSite()
    {
        var desk = await EditorDesk.SignInAsync(portal);

        var id = await desk.CreateAsync(EditorDesk.Fields(Section, "Заседание Совета в Минске", more: ("Input.Language", "Ru")));

        var stored = await LoadAsync(id);
        Assert.StartsWith("zasedanie-soveta-v-minske", stored.Slug);
        Assert.Equal(PublicationStatus.Draft, stored.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync("/ru/news/" + stored.Slug)).StatusCode);
    }

    [Fact]
    public async Task AFormWithMistakesComesBackWithTheMessagesAndEverythingTyped()
    {
        var desk = await EditorDesk.SignInAsync(portal);
        var fields = EditorDesk.Fields(0, "A title worth keeping", "A body of three careful paragraphs.",
            ("Input.Slug", "Not A Slug!"), ("Input.Tags", "Minsk, Council"));

        var response = await desk.PostEditAsync(null, fields);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a section.", html);
        Assert.Contains("may use only small Latin letters", html);
        Assert.Contains("A title worth keeping", html);
        Assert.Contains("A body of three careful paragraphs.", html);
        Assert.Contains("Minsk, Council", html);
    }

    [Fact]
    public async Task ATakenAddressIsRefusedNextToTheField()
    {
        var desk = await EditorDesk.SignInAsync(portal);
        var first = await LoadAsync(await desk.CreateAsync(EditorDesk.Fields(Section, Unique("Taken address"))));

        var response = await desk.PostEditAsync(null, EditorDesk.Fields(Section, "Another item", more: ("Input.Slug", first.Slug)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("already used by another publication", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ASecondPersonApprovesWhatWasSentForReviewAndItAppearsOnTheSite()
    {
        var author = await EditorDesk.SignInAsync(portal);
        var secretary = await EditorDesk.SignInAsync(portal);
        var title = Unique("Council meets");
        var id = await author.CreateAsync(EditorDesk.Fields(Section, title, more: ("Input.PressContactId", PressSecretary)), handler: "Submit");
        Assert.Equal(PublicationStatus.InReview, (await LoadAsync(id)).Status);

        var ownApproval = await author.FollowAsync(await author.ActAsync(id, "Approve"));
        Assert.Contains("A second person has to approve", ownApproval);
        Assert.Equal(PublicationStatus.InReview, (await LoadAsync(id)).Status);

        await secretary.ActAsync(id, "Approve");

        var stored = await LoadAsync(id);
        Assert.Equal(PublicationStatus.Published, stored.Status);
        Assert.False(stored.AwaitsApproval);
        Assert.Equal(portal.Catalog.PressSecretary.Name, stored.Contact.Name);
        Assert.Contains(title, await portal.CreateClient().GetTextAsync("/"));
        await AssertAuditedAsync(id, "sent for review", "approved");
    }

    [Fact]
    public async Task PublishingAtOnceShowsTheItemAwaitingApprovalUntilSomeoneElseApproves()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var admin = await EditorDesk.SignInAsync(portal, PortalRoles.Admin);
        var title = Unique("Urgent statement");

        var id = await editor.CreateAsync(EditorDesk.Fields(Section, title, more: ("Input.PressContactId", PressSecretary)), handler: "Publish");

        var stored = await LoadAsync(id);
        Assert.Equal(PublicationStatus.Published, stored.Status);
        Assert.True(stored.AwaitsApproval);
        Assert.False(stored.Contact.IsEmpty);
        var dashboard = WebUtility.HtmlDecode(await editor.Client.GetStringAsync("/admin?status=Published"));
        Assert.Contains(title, dashboard[dashboard.IndexOf("id=\"Awaiting-approval\"", StringComparison.Ordinal)..dashboard.IndexOf("id=\"In-review\"", StringComparison.Ordinal)]);

        await admin.ActAsync(id, "Approve");

        Assert.False((await LoadAsync(id)).AwaitsApproval);
        await AssertAuditedAsync(id, "published at once", "approved");
    }

    [Fact]
    public async Task SchedulingInThePastIsRefusedAndInTheFutureIsKept()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var past = EditorDesk.Fields(Section, Unique("Scheduled too late"), more: ("Input.PublishedAt", "2024-07-26T10:00"));

        var refused = await editor.PostEditAsync(null, past, handler: "Schedule");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("must be in the future", await refused.Content.ReadAsStringAsync());

        var id = await editor.CreateAsync(
            EditorDesk.Fields(Section, Unique("Scheduled release"), more: ("Input.PublishedAt", "2024-07-27T10:00")), handler: "Schedule");
        var stored = await LoadAsync(id);
        Assert.Equal(PublicationStatus.Scheduled, stored.Status);
        Assert.Equal(new DateTimeOffset(2024, 7, 27, 7, 0, 0, TimeSpan.Zero), stored.PublishedAt);
        await AssertAuditedAsync(id, "scheduled");
    }

    [Fact]
    public async Task AWithdrawnItemKeepsItsPageWithThePublicReason()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var id = await editor.CreateAsync(EditorDesk.Fields(Section, Unique("To be withdrawn")), handler: "Publish");

        var noReason = await editor.FollowAsync(await editor.ActAsync(id, "Withdraw", new() { ["WithdrawalReason"] = " " }));
        Assert.Contains("needs a public reason", noReason);

        await editor.ActAsync(id, "Withdraw", new() { ["WithdrawalReason"] = "Issued in error by the demo desk." });

        var stored = await LoadAsync(id);
        Assert.Equal(PublicationStatus.Withdrawn, stored.Status);
        Assert.Contains("Issued in error by the demo desk.", await portal.CreateClient().GetTextAsync("/news/" + stored.Slug));
        await AssertAuditedAsync(id, "withdrew");
    }

    [Fact]
    public async Task UnpublishingAsAnErrorTakesThePageDown()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var id = await editor.CreateAsync(EditorDesk.Fields(Section, Unique("Published in error")), handler: "Publish");
        var slug = (await LoadAsync(id)).Slug;

        await editor.ActAsync(id, "Unpublish");

        Assert.Equal(PublicationStatus.Draft, (await LoadAsync(id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().GetAsync("/news/" + slug)).StatusCode);
    }

    [Fact]
    public async Task UnpublishingInFavourOfAReplacementRedirectsThere()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var oldId = await editor.CreateAsync(EditorDesk.Fields(Section, Unique("Old version")), handler: "Publish");
        var newId = await editor.CreateAsync(EditorDesk.Fields(Section, Unique("Corrected version")), handler: "Publish");
        var oldSlug = (await LoadAsync(oldId)).Slug;
        var newSlug = (await LoadAsync(newId)).Slug;

        var replaced = await editor.FollowAsync(await editor.ActAsync(oldId, "Replace", new() { ["ReplacementSlug"] = newSlug }));
        Assert.Contains("unpublished, replaced", replaced);

        var response = await portal.CookieClient().GetAsync("/news/" + oldSlug);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.EndsWith("/news/" + newSlug, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task OnlyDraftsAreDeletedAndTheTrashGivesThemBack()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var title = Unique("Draft for the trash");
        var draft = await editor.CreateAsync(EditorDesk.Fields(Section, title));
        var published = await editor.CreateAsync(EditorDesk.Fields(Section, Unique("Not deletable")), handler: "Publish");

        await editor.ActAsync(draft, "Delete");
        var refusal = await editor.FollowAsync(await editor.ActAsync(published, "Delete"));

        Assert.NotNull((await LoadAsync(draft)).DeletedAt);
        Assert.Null((await LoadAsync(published)).DeletedAt);
        Assert.Contains("Only drafts can be deleted", refusal);
        Assert.Contains(title, WebUtility.HtmlDecode(await editor.Client.GetStringAsync("/admin/publications/trash")));

        await editor.ActAsync(draft, "Restore");
        Assert.Null((await LoadAsync(draft)).DeletedAt);
        await AssertAuditedAsync(draft, "deleted", "restored from the trash");
    }

    [Fact]
    public async Task ChangingTheAddressOfAPublishedItemKeepsTheOldOneAsARedirect()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var title = Unique("Moving address");
        var id = await editor.CreateAsync(EditorDesk.Fields(Section, title), handler: "Publish");
        var oldSlug = (await LoadAsync(id)).Slug;

        var saved = await editor.PostEditAsync(id, EditorDesk.Fields(Section, title, more: ("Input.Slug", oldSlug + "-moved")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var response = await portal.CookieClient().GetAsync("/news/" + oldSlug);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.EndsWith("/news/" + oldSlug + "-moved", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task EditingAPublishedItemKeepsARevisionAndShowsTheChangeNote()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var title = Unique("Revised release");
        var id = await editor.CreateAsync(EditorDesk.Fields(Section, title, "The meeting is on Monday."), handler: "Publish");

        await editor.PostEditAsync(id, EditorDesk.Fields(Section, title, "The meeting is on Tuesday.", ("Input.ChangeNote", "corrected the day of the meeting")));

        var stored = await LoadAsync(id);
        Assert.Equal("The meeting is on Tuesday.", stored.Body);
        Assert.Contains("corrected the day of the meeting", await portal.CreateClient().GetTextAsync("/news/" + stored.Slug));
        var history = WebUtility.HtmlDecode(await editor.Client.GetStringAsync($"/admin/publications/history/{id}"));
        Assert.Contains("<ins>+ The meeting is on Tuesday.</ins>", history);

        long revisionId = 0;
        await portal.WithDatabaseAsync(async db =>
            revisionId = await db.Revisions.Where(r => r.PublicationId == id).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        var restore = await editor.Client.PostFormAsync($"/admin/publications/history/{id}?handler=Restore",
            [new("revisionId", revisionId.ToString(System.Globalization.CultureInfo.InvariantCulture))], tokenFrom: $"/admin/publications/history/{id}");
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal("The meeting is on Tuesday.", (await LoadAsync(id)).Body);
    }

    [Fact]
    public async Task ThePreviewRendersTheBodyWithThePublicPipelineAndKeepsTheForm()
    {
        var editor = await EditorDesk.SignInAsync(portal);

        var response = await editor.PostEditAsync(null,
            EditorDesk.Fields(Section, "Preview me", "Some **bold** words and <script>alert(1)</script> [x](javascript:alert(1))"), handler: "Preview");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<strong>bold</strong>", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("href=\"javascript:", html);
        Assert.Contains("value=\"Preview me\"", html);
    }

    private async Task<Publication> LoadAsync(int id)
    {
        Publication? publication = null;
        await portal.WithDatabaseAsync(async db => publication = await db.Publications.AsNoTracking().SingleAsync(p => p.Id == id));
        return publication!;
    }

    private async Task AssertAuditedAsync(int id, params string[] actions)
    {
        List<string> recorded = [];
        await portal.WithDatabaseAsync(async db =>
            recorded = await db.AuditLog.Where(a => a.PublicationId == id).Select(a => a.Action).ToListAsync());
        foreach (var action in actions)
        {
            Assert.Contains(action, recorded);
        }
    }
}
