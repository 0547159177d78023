namespace CstoPress.Web.Tests.Organization.Admin;

/// <summary>Someone of the press office at work on the register, through the real forms of a signed-in client.</summary>
public sealed partial class RegisterDesk(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static async Task<RegisterDesk> SignInAsync(PortalFactory portal, string role = PortalRoles.Editor) => new(await portal.SignedInAsync(role));

    public static string Documents => "/admin/register/documents/edit";

    public static string Meetings => "/admin/register/meetings/edit";

    /// <summary>Posts an entry's form (its row version read from the page unless given); a redirect to the entry when it was saved.</summary>
    public async Task<HttpResponseMessage> PostEntryAsync(string editPage, int? id, Dictionary<string, string> fields)
    {
        var page = id is null ? editPage : $"{editPage}/{id}";
        if (id is not null && !fields.ContainsKey("Input.Version"))
        {
            fields["Input.Version"] = await VersionAsync(page);
        }

        return await Client.PostFormAsync(page, fields);
    }

    public async Task<int> CreateAsync(string editPage, Dictionary<string, string> fields)
    {
        var response = await PostEntryAsync(editPage, null, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Posts one of the small forms beside an entry (a step, a review, a status) and returns the page it leads back to.</summary>
    public async Task<string> ActAsync(string url, string tokenFrom, Dictionary<string, string>? fields = null)
    {
        var response = await Client.PostFormAsync(url, fields ?? [], tokenFrom: tokenFrom);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return WebUtility.HtmlDecode(await Client.GetStringAsync(response.Headers.Location));
    }

    public Task<string> ReviewAsync(string kind, int id, string handler) =>
        ActAsync($"/admin/register/review/{kind}/{id}?handler={handler}", kind == "document" ? $"{Documents}/{id}" : $"{Meetings}/{id}");

    /// <summary>Sent for review by this desk and approved by another, so the entry is public.</summary>
    public async Task PublishAsync(string kind, int id, RegisterDesk approver)
    {
        await ReviewAsync(kind, id, "Submit");
        var page = await approver.ReviewAsync(kind, id, "Approve");
        Assert.Contains("approved.", page);
    }

    public Task<string> RecordStepAsync(int id, string stage, string on, params (string Key, string Value)[] more)
    {
        var fields = new Dictionary<string, string> { ["Stage"] = stage, ["On"] = on };
        foreach (var (key, value) in more)
        {
            fields[key] = value;
        }

        return ActAsync($"/admin/register/documents/steps/{id}?handler=Record", $"{Documents}/{id}", fields);
    }

    public async Task<string> VersionAsync(string page) => VersionField().Match(await Client.GetStringAsync(page)).Groups[1].Value;

    public static Dictionary<string, string> DocumentFields(string symbol, int bodyId, string titleEn, string type = "Decision", string firstStage = "Adopted") => new()
    {
        ["Input.Symbol"] = symbol,
        ["Input.Type"] = type,
        ["Input.BodyId"] = bodyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.OriginalLanguage"] = "Ru",
        ["Input.TitleRu"] = "Решение " + symbol,
        ["Input.TextRu"] = "Текст **решения**.",
        ["Input.TitleEn"] = titleEn,
        ["Input.TextEn"] = "The text of the **decision**.",
        ["Input.TranslationUnofficial"] = "true",
        ["Input.FirstStage"] = firstStage,
        ["Input.FirstOn"] = "2024-07-10",
    };

    public static Dictionary<string, string> MeetingFields(int bodyId, int number, string startsOn) => new()
    {
        ["Input.BodyId"] = bodyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Number"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.StartsOn"] = startsOn,
        ["Input.Place"] = "Minsk",
        ["Input.PlaceRu"] = "Минск",
        ["Input.Agenda"] = "On the plan of consultations",
        ["Input.AgendaRu"] = "О плане консультаций",
        ["Input.Status"] = "Confirmed",
    };

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
