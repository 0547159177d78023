using System.Linq.Expressions;
using CstoPress.Core.Journalists;
using CstoPress.Web.Journalists;

namespace CstoPress.Web.Tests.Journalists;

/// <summary>Journalists asking for accreditation through the real form, and journalists accredited already.</summary>
public static partial class Applicants
{
    public const string Register = "/journalists/register";

    public static string NewAddress() => $"reporter-{Guid.NewGuid():N}@outlet.example.org";

    /// <summary>Every field of the form filled as a person would.</summary>
    public static Dictionary<string, string> Request(string workEmail, string name = "Anna Petrova") => new()
    {
        ["Input.Name"] = name,
        ["Input.Outlet"] = "Baltic Wire",
        ["Input.Position"] = "Correspondent",
        ["Input.Country"] = "Latvia",
        ["Input.WorkEmail"] = workEmail,
        ["Input.AcceptTerms"] = "true",
        ["Input.TermsVersion"] = EmbargoTerms.Version,
    };

    /// <summary>
    /// Opens the form, lets <paramref name="typing"/> pass on the portal's clock (a person takes more
    /// than the quickest time), and sends it with the form's own stamp unless one is given.
    /// </summary>
    public static async Task<(HttpResponseMessage Response, string Text)> SendAsync(this PortalFactory portal, HttpClient client,
        IDictionary<string, string> fields, string address = Register, TimeSpan? typing = null)
    {
        var form = await client.GetStringAsync(address);
        portal.Clock.Advance(typing ?? TimeSpan.FromSeconds(20));
        var posted = new Dictionary<string, string>(fields);
        posted.TryAdd("FormStamp", WebUtility.HtmlDecode(FormStamp().Match(form).Groups[1].Value));
        posted.TryAdd("__RequestVerificationToken", SignedInClients.TokenIn(form));
        var response = await client.PostAsync(address, new FormUrlEncodedContent(posted));
        return (response, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>A request sent through the form, unconfirmed: the applicant's browser and the link mailed to them.</summary>
    public static async Task<(HttpClient Client, string Link)> SentRequestAsync(this PortalFactory portal, string workEmail,
        string name = "Anna Petrova", string address = Register)
    {
        var client = portal.CookieClient();
        var (response, text) = await portal.SendAsync(client, Request(workEmail, name), address);
        Assert.True(response.StatusCode == HttpStatusCode.OK && text.Contains(address.StartsWith("/ru", StringComparison.Ordinal) ? "Проверьте почту" : "Check your mailbox"), text);
        return (client, MailPickup.LinkTo(portal.MailFolder, workEmail, EmailConfirmation.Path));
    }

    /// <summary>A request sent and its address confirmed through the mailed link: it awaits the press office's decision.</summary>
    public static async Task<int> ConfirmedRequestAsync(this PortalFactory portal, string workEmail, string name = "Anna Petrova")
    {
        var (client, link) = await portal.SentRequestAsync(workEmail, name);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
        return (await portal.AccreditationOfAsync(workEmail)).Id;
    }

    public static Task<Accreditation> AccreditationOfAsync(this PortalFactory portal, string workEmail) =>
        portal.AccreditationWhereAsync(a => a.WorkEmail == workEmail);

    public static Task<Accreditation> AccreditationAsync(this PortalFactory portal, int id) => portal.AccreditationWhereAsync(a => a.Id == id);

    public static async Task<Accreditation> AccreditationWhereAsync(this PortalFactory portal, Expression<Func<Accreditation, bool>> which)
    {
        Accreditation? found = null;
        await portal.WithDatabaseAsync(async db => found = await db.Accreditations.AsNoTracking().SingleAsync(which));
        return found!;
    }

    /// <summary>The text of the input named <paramref name="name"/> on a page, as a person sees it in the box.</summary>
    public static string ValueOf(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value);

    [GeneratedRegex("name=\"FormStamp\" value=\"([^\"]*)\"")]
    private static partial Regex FormStamp();
}
