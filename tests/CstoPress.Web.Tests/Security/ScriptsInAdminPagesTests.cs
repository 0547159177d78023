using System.Globalization;
using System.Text.Json;
using CstoPress.Web.Tests.Admin;

namespace CstoPress.Web.Tests.Security;

/// <summary>
/// The press office reads the corpus too, and an admin's session is worth more to an attacker than a
/// reader's: no admin page that shows a payload (as text, in an input's value, in a textarea, in a
/// diff, in the live preview's HTML) may carry an executable script.
/// </summary>
public class ScriptsInAdminPagesTests(ScriptsInAdminPagesTests.Portal portal) : IClassFixture<ScriptsInAdminPagesTests.Portal>
{
    public class Portal : SeededPortal
    {
        public IReadOnlyList<CorpusItem> Items { get; private set; } = [];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Items = await XssCorpus.SeedAsync(this);
        }
    }

    private static string Edit(int id) => $"/admin/publications/edit/{id}";

    /// <summary>Every field of the edit form given the payload (the address only where it may be refused).</summary>
    public static Dictionary<string, string> PayloadFields(int sectionId, string payload, bool withSlug)
    {
        var fields = EditorDesk.Fields(sectionId, payload, $"Before.\n\n{payload}\n\nAfter.",
            ("Input.Kind", "Speech"),
            ("Input.Lead", payload),
            ("Input.Tags", Cut(payload, 1000)),
            ("Input.SpeakerPost", Cut(payload, 300)),
            ("Input.Occasion", payload),
            ("Input.Place", Cut(payload, 200)),
            ("Input.AdoptingBody", Cut(payload, 300)),
            ("Input.DocumentNumber", Cut(payload, 100)),
            ("Input.SourceAgency", Cut(payload, 200)),
            ("Input.SourceOriginalLanguage", Cut(payload, 20)),
            ("Input.ChangeNote", payload));
        if (withSlug)
        {
            fields["Input.Slug"] = payload;
        }

        return fields;
    }

    [Fact]
    public async Task DashboardWithFiltersAndSearchStaysInert()
    {
        var desk = await EditorDesk.SignInAsync(portal, PortalRoles.Admin);
        var newsId = portal.News.Id;
        foreach (var url in new[] { "/admin", "/admin?status=Published", $"/admin?section={newsId}&kind=Speech&language=en", "/admin?language=xx&kind=nonsense" })
        {
            InertHtml.AssertInert(await desk.Client.GetStringAsync(url), url);
        }

        foreach (var payload in XssPayloads.All)
        {
            // The search text is echoed into the search box, and finds the corpus item it belongs to.
            var url = "/admin?q=" + Uri.EscapeDataString(payload) + $"&section={newsId}&status=Published";
            var response = await desk.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            InertHtml.AssertInert(await response.Content.ReadAsStringAsync(), url);
        }
    }

    [Fact]
    public async Task EditAndHistoryPagesOfTheCorpusStayInert()
    {
        var desk = await EditorDesk.SignInAsync(portal, PortalRoles.Admin);
        foreach (var (publication, _, _) in portal.Items)
        {
            var html = await desk.Client.GetStringAsync(Edit(publication.Id));
            InertHtml.AssertInert(html, Edit(publication.Id));
            // The payload must be in the form as text, not lost or mangled on the way in.
            Assert.Contains(publication.Lead, WebUtility.HtmlDecode(html), StringComparison.Ordinal);

            var history = $"/admin/publications/history/{publication.Id}";
            var historyHtml = await desk.Client.GetStringAsync(history);
            InertHtml.AssertInert(historyHtml, history);
            Assert.Contains("<ins>", historyHtml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task LivePreviewAnswersWithInertHtml()
    {
        var desk = await EditorDesk.SignInAsync(portal, PortalRoles.Admin);
        var item = portal.Items[0].Publication;
        foreach (var payload in XssPayloads.All)
        {
            foreach (var page in new[] { "/admin/publications/edit", Edit(item.Id) })
            {
                var response = await desk.Client.PostFormAsync(page + "?handler=LivePreview",
                    [new("Input.Body", $"Before.\n\n{payload}\n\nAfter.")], tokenFrom: page);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var html = json.RootElement.GetProperty("html").GetString() ?? "";
                InertHtml.AssertInert(html, $"live preview of {payload}");
                Assert.Contains("After.", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task RedisplayedFormsStayInert()
    {
        var desk = await EditorDesk.SignInAsync(portal, PortalRoles.Admin);
        var item = portal.Items[1].Publication;
        foreach (var payload in XssPayloads.All)
        {
            // No section: the form comes back with every field as typed and the problems listed.
            var refused = await desk.PostEditAsync(null, PayloadFields(0, payload, withSlug: true));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var html = await refused.Content.ReadAsStringAsync();
            InertHtml.AssertInert(html, $"refused new form with {payload}");
            Assert.Contains("Choose a section.", html, StringComparison.Ordinal);

            var refusedEdit = await desk.PostEditAsync(item.Id, PayloadFields(0, payload, withSlug: true));
            Assert.Equal(HttpStatusCode.OK, refusedEdit.StatusCode);
            InertHtml.AssertInert(await refusedEdit.Content.ReadAsStringAsync(), $"refused edit of {item.Id} with {payload}");

            // The preview button posts the form and shows the rendered text under it.
            var preview = await desk.PostEditAsync(null, PayloadFields(portal.News.Id, payload, withSlug: false), handler: "Preview");
            Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
            InertHtml.AssertInert(await preview.Content.ReadAsStringAsync(), $"preview of {payload}");

            // A stale version: their text and ours are shown side by side as a diff.
            var conflict = await desk.PostEditAsync(item.Id, PayloadFields(portal.News.Id, payload, withSlug: false)
                .Append(new("Input.Version", "1")).ToDictionary());
            InertHtml.AssertInert(await conflict.Content.ReadAsStringAsync(), $"conflict on {item.Id} with {payload}");
        }
    }

    [Fact]
    public async Task DraftsInTheTrashAndTheirTrailStayInert()
    {
        var desk = await EditorDesk.SignInAsync(portal, PortalRoles.Admin);
        var drafts = new List<int>();
        foreach (var payload in XssPayloads.All)
        {
            var id = await desk.CreateAsync(PayloadFields(portal.News.Id, payload, withSlug: false));
            drafts.Add(id);
            var deleted = await desk.ActAsync(id, "Delete");
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        foreach (var url in new[] { "/admin/publications/trash", "/admin/audit", "/admin" })
        {
            var html = await desk.Client.GetStringAsync(url);
            InertHtml.AssertInert(html, url);
        }

        Assert.Contains(XssPayloads.All[0], await desk.Client.GetTextAsync("/admin/publications/trash"), StringComparison.Ordinal);
        foreach (var id in drafts)
        {
            InertHtml.AssertInert(await desk.Client.GetStringAsync(Edit(id)), $"{Edit(id)} in the trash");
        }
    }

    [Fact]
    public async Task CatalogUsersAuditAndUntranslatedPagesStayInert()
    {
        var desk = await EditorDesk.SignInAsync(portal, PortalRoles.Admin);
        foreach (var url in new[]
        {
            "/admin/publications/untranslated", "/admin/catalog/people", "/admin/catalog/contacts", "/admin/catalog/tags",
            "/admin/catalog/sections", "/admin/users", "/admin/audit",
        })
        {
            var response = await desk.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            InertHtml.AssertInert(html, url);
            if (url != "/admin/users")
            {
                // Each of these lists shows the corpus; an empty list would prove nothing.
                Assert.Contains(XssPayloads.All[0], WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task CatalogAndAccountMessagesThatRepeatAPayloadStayInert()
    {
        var desk = await EditorDesk.SignInAsync(portal, PortalRoles.Admin);
        // One token serves the whole session: fetching it from the long catalog pages each time would be slow.
        var token = await desk.Client.AntiforgeryTokenAsync("/admin/publications/trash");
        async Task<string> PostAsync(string url, params (string Key, string Value)[] fields)
        {
            var response = await desk.Client.PostAsync(url, new FormUrlEncodedContent(
                fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token))));
            // A redirect carries its notice or problem to the next page, which shows it in the layout.
            return response.StatusCode == HttpStatusCode.Redirect
                ? await desk.Client.GetStringAsync("/admin/publications/trash")
                : await response.Content.ReadAsStringAsync();
        }

        for (var i = 0; i < XssPayloads.All.Count; i++)
        {
            var payload = XssPayloads.All[i];
            var (_, tag, speaker) = portal.Items[i];
            var other = portal.Items[(i + 1) % portal.Items.Count];
            var pages = new Dictionary<string, string>
            {
                ["person named like another"] = await PostAsync("/admin/catalog/people?handler=Save",
                    ("id", speaker.Id.ToString(CultureInfo.InvariantCulture)), ("name", other.Speaker.Name), ("nameRu", payload), ("variants", payload)),
                ["tag renamed like another"] = await PostAsync("/admin/catalog/tags?handler=Rename",
                    ("id", tag.Id.ToString(CultureInfo.InvariantCulture)), ("name", other.Tag.Name)),
                ["section with a payload address"] = await PostAsync("/admin/catalog/sections?handler=Save",
                    ("section.Id", "0"), ("section.Slug", payload), ("section.Name", payload), ("section.NameRu", payload), ("section.Order", "1")),
                ["new press contact"] = await PostAsync("/admin/catalog/contacts?handler=Save",
                    ("Input.Name", Cut(payload, 200)), ("Input.Post", Cut(payload, 200)), ("Input.Phone", Cut(payload, 100)), ("Input.Email", Cut(payload, 200))),
                ["account refused"] = await PostAsync("/admin/users?handler=Create",
                    ("NewAccount.Email", payload), ("NewAccount.Password", "short"), ("NewAccount.Role", PortalRoles.Editor)),
            };
            foreach (var (what, html) in pages)
            {
                InertHtml.AssertInert(html, $"{what}: {payload}");
            }
        }
    }

    [Fact]
    public async Task PreviewLinksOfTheCorpusStayInert()
    {
        var desk = await EditorDesk.SignInAsync(portal, PortalRoles.Admin);
        var reader = portal.CreateClient();
        foreach (var (publication, _, _) in portal.Items)
        {
            var created = await desk.ActAsync(publication.Id, "CreatePreviewLink");
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            var editPage = await desk.Client.GetStringAsync(created.Headers.Location);
            var link = InertHtml.Links(editPage).Single(a => a.Id == "new-preview-link").GetAttribute("href")!;
            var response = await reader.GetAsync(new Uri(link).PathAndQuery);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link}: {(int)response.StatusCode}");
            InertHtml.AssertInert(await response.Content.ReadAsStringAsync(), $"preview link of {publication.Id}");
        }
    }

    private static string Cut(string text, int length) => text.Length > length ? text[..length] : text;
}
