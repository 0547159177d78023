namespace CstoPress.Web.Tests.Admin;

/// <summary>An editor at work in the admin area, through the real forms of a signed-in client.</summary>
public sealed partial class EditorDesk(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static async Task<EditorDesk> SignInAsync(PortalFactory portal, string role = Web.Accounts.PortalRoles.Editor) =>
        new(await portal.SignedInAsync(role));

    /// <summary>Posts the edit form; returns the response (a redirect to the item when it was saved).</summary>
    public async Task<HttpResponseMessage> PostEditAsync(int? id, Dictionary<string, string> fields, string? handler = null)
    {
        var page = id is null ? "/admin/publications/edit" : $"/admin/publications/edit/{id}";
        if (id is not null && !fields.ContainsKey("Input.Version"))
        {
            fields["Input.Version"] = await VersionAsync(id.Value);
        }

        return await Client.PostFormAsync(page + (handler is null ? "" : "?handler=" + handler), fields, tokenFrom: page);
    }

    public async Task<int> CreateAsync(Dictionary<string, string> fields, string? handler = null)
    {
        var response = await PostEditAsync(null, fields, handler);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return IdIn(response);
    }

    /// <summary>A workflow step on a stored item (approve, withdraw, delete…).</summary>
    public Task<HttpResponseMessage> ActAsync(int id, string handler, Dictionary<string, string>? fields = null) =>
        Client.PostFormAsync(StepAddress(id, handler), fields ?? [], tokenFrom: $"/admin/publications/edit/{id}");

    /// <summary>Where the edit screen's button for a step posts: steps without the form, preview links and the translation have pages of their own.</summary>
    private static string StepAddress(int id, string handler) => handler switch
    {
        "Translate" => $"/admin/publications/translation/{id}",
        "CreatePreviewLink" => $"/admin/publications/previewlinks/{id}?handler={handler}",
        _ => $"/admin/publications/workflow/{id}?handler={handler}",
    };

    /// <summary>The page a step redirected to, with its notices.</summary>
    public async Task<string> FollowAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return WebUtility.HtmlDecode(await Client.GetStringAsync(response.Headers.Location));
    }

    public async Task<string> VersionAsync(int id)
    {
        var html = await Client.GetStringAsync($"/admin/publications/edit/{id}");
        return VersionField().Match(html).Groups[1].Value;
    }

    public static Dictionary<string, string> Fields(int sectionId, string title, string body = "The text of the release.", params (string Key, string Value)[] more)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.SectionId"] = sectionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Kind"] = "News",
            ["Input.Language"] = "En",
            ["Input.Lead"] = "A lead for " + title,
            ["Input.Body"] = body,
        };
        foreach (var (key, value) in more)
        {
            fields[key] = value;
        }

        return fields;
    }

    public static int IdIn(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
