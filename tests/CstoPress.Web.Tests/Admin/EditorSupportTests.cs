using System.Text.Json;
using CstoPress.Web.Areas.Admin;

namespace CstoPress.Web.Tests.Admin;

/// <summary>What the editor's script relies on: the live preview, and forms that outlive their session.</summary>
public class EditorSupportTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task TheLivePreviewRendersTheBodyAsThePublicPageDoesAndTellsOfTheLimits()
    {
        var desk = await EditorDesk.SignInAsync(portal);

        var response = await desk.Client.PostFormAsync("/admin/publications/edit?handler=LivePreview",
            [new("Input.Body", "We meet at a **decisive** moment. [x](javascript:alert(1))")], tokenFrom: "/admin/publications/edit");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>decisive</strong>", json.GetProperty("html").GetString());
        Assert.DoesNotContain("javascript", json.GetProperty("html").GetString());
        Assert.Equal(0, json.GetProperty("problems").GetArrayLength());

        var tooLong = await desk.Client.PostFormAsync("/admin/publications/edit?handler=LivePreview",
            [new("Input.Body", new string('a', 100_001))], tokenFrom: "/admin/publications/edit");
        var problems = JsonDocument.Parse(await tooLong.Content.ReadAsStringAsync()).RootElement.GetProperty("problems");
        Assert.Contains("the limit is 100,000", problems[0].GetString());
    }

    [Fact]
    public async Task AFormSentAfterTheSessionEndedLeadsToSignInAndBackToTheSamePageNotToTheHandler()
    {
        var email = await portal.CreateUserAsync(PortalRoles.Editor);
        var client = portal.CookieClient();
        await client.SignInAsync(email, SignedInClients.Password);
        var token = await client.AntiforgeryTokenAsync("/admin/publications/edit");
        await client.PostFormAsync("/account/logout", [], tokenFrom: "/admin/publications/edit");

        var response = await client.PostAsync("/admin/publications/edit?handler=Publish", new FormUrlEncodedContent(
            [new("Input.Title", "Typed before the session ended"), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var signIn = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/login?returnUrl=%2Fadmin%2Fpublications%2Fedit&ended=true", signIn);
        Assert.Contains(WebUtility.HtmlEncode(SessionEnded.Message), await client.GetStringAsync(signIn));

        var signedIn = await client.SignInAsync(email, SignedInClients.Password, "/admin/publications/edit");
        Assert.Equal("/admin/publications/edit", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ScriptsAreToldThatTheSessionEndedWithA401()
    {
        var client = portal.CookieClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/publications/edit?handler=LivePreview")
        {
            Content = new FormUrlEncodedContent([new("Input.Body", "text")]),
        };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnExpiredFormOfASignedInEditorLeadsBackToThePageWithAMessageNotToA400()
    {
        var desk = await EditorDesk.SignInAsync(portal);

        var response = await desk.Client.PostAsync("/admin/publications/edit?handler=Submit", new FormUrlEncodedContent(
            [new("Input.Title", "Typed in a form whose token is gone"), new("__RequestVerificationToken", "not-a-token")]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/publications/edit", response.Headers.Location!.OriginalString);
        Assert.Contains(ExpiredFormRedirect.Problem, WebUtility.HtmlDecode(await desk.Client.GetStringAsync("/admin/publications/edit")));
    }
}
