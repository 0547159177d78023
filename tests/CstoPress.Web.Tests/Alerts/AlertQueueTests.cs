using CstoPress.Web.Tests.Admin;

namespace CstoPress.Web.Tests.Alerts;

/// <summary>The press office holds an alert during its delay, changes its subject line, and lets it go.</summary>
public class AlertQueueTests(AlertsPortal portal) : IClassFixture<AlertsPortal>
{
    [Fact]
    public async Task AHeldAlertWaits_AndLeavesWithItsNewSubjectWhenLetGo()
    {
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        await portal.SubscribeAsync(email, "Section", "news");
        var desk = await EditorDesk.SignInAsync(portal);
        var title = "Held back " + Guid.NewGuid().ToString("N")[..6];
        await desk.CreateAsync(EditorDesk.Fields(portal.News.Id, title), "Publish");

        var queue = WebUtility.HtmlDecode(await desk.Client.GetStringAsync("/admin/alerts"));
        Assert.Contains(title, queue);
        Assert.Contains("leaves at", queue);
        var id = long.Parse(Regex.Match(queue, @"id=""alert-(\d+)""").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        await Post(desk, id, "Hold");
        await portal.AfterTheDelayAsync();
        Assert.DoesNotContain(portal.Smtp.MessagesTo(email), m => m.Subject!.Contains(title, StringComparison.Ordinal));
        Assert.Contains("held by", WebUtility.HtmlDecode(await desk.Client.GetStringAsync("/admin/alerts")));

        await Post(desk, id, "Subject", ("Subject", "Council meets: the decisions"));
        await Post(desk, id, "Release");
        await portal.SendRoundAsync();
        Assert.Single(portal.Smtp.MessagesTo(email), m => m.Subject == "Council meets: the decisions");
        Assert.Contains("1 sent, 0 waiting, 0 failed", WebUtility.HtmlDecode(await desk.Client.GetStringAsync("/admin/alerts")));

        var late = await Post(desk, id, "Hold");
        Assert.Contains("already gone to its subscribers", WebUtility.HtmlDecode(await desk.Client.GetStringAsync(late.Headers.Location)));
    }

    private static async Task<HttpResponseMessage> Post(EditorDesk desk, long id, string handler, params (string Key, string Value)[] fields)
    {
        var response = await desk.Client.PostFormAsync($"/admin/alerts?handler={handler}&id={id}",
            fields.ToDictionary(f => f.Key, f => f.Value), tokenFrom: "/admin/alerts");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }
}
