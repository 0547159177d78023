using CstoPress.Core.Alerts;
using CstoPress.Web.Tests.Admin;
using MimeKit;

namespace CstoPress.Web.Tests.Alerts;

/// <summary>Subscribing, confirming, an item published and mailed through a real SMTP server, and leaving again.</summary>
public class ImmediateAlertsTests(AlertsPortal portal) : IClassFixture<AlertsPortal>
{
    [Fact]
    public async Task OnlyTheConfirmationLinkStartsTheAlerts()
    {
        var email = Address();
        var client = portal.CookieClient();
        var response = await client.PostFormAsync("/alerts", new Dictionary<string, string>
        {
            ["Input.Email"] = email.ToUpperInvariant(), ["Input.Topic"] = "Section", ["Input.Section"] = "news", ["Input.Language"] = "En",
            ["Input.Frequency"] = "Immediate",
        });
        Assert.Contains("Check your inbox", await response.Content.ReadAsStringAsync());
        await portal.SendRoundAsync();

        var confirmation = Assert.Single(portal.Smtp.MessagesTo(email));
        Assert.Equal("Confirm your e-mail alerts from the CSTO Press Office", confirmation.Subject);
        Assert.NotNull(confirmation.HtmlBody);
        var title = await PublishNowAsync("Published before confirming");
        await portal.AfterTheDelayAsync();
        Assert.DoesNotContain(portal.Smtp.MessagesTo(email), m => m.Subject == title);

        var confirmed = await client.GetAsync(AlertsPortal.LinkIn(confirmation, "/alerts/confirm"));
        Assert.Contains("your alerts about the section “News” (at once) have started", WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()));
        var damaged = await client.GetAsync("/alerts/confirm?code=not-a-code");
        Assert.Equal(HttpStatusCode.BadRequest, damaged.StatusCode);
    }

    [Fact]
    public async Task APublishedItemIsMailedOnceToWhoFollowsIt_AfterTheDelay_FromThePortalsAddress()
    {
        var (follower, otherSection, russian) = (Address(), Address(), Address());
        await portal.SubscribeAsync(follower, "Section", "news");
        await portal.SubscribeAsync(otherSection, "Section", "statements");
        await portal.SubscribeAsync(russian, "Everything", language: "Ru");

        var title = await PublishNowAsync("Ministers meet in Minsk", host: "evil.example.com");
        await portal.SendRoundAsync();
        Assert.DoesNotContain(portal.Smtp.MessagesTo(follower), m => m.Subject == title);

        await portal.AfterTheDelayAsync();
        await portal.SendRoundAsync();
        var alert = Assert.Single(portal.Smtp.MessagesTo(follower), m => m.Subject == title);
        Assert.Contains($"{AlertsPortal.SiteAddress}/news/", alert.TextBody);
        Assert.DoesNotContain("evil.example.com", alert.TextBody + alert.HtmlBody);
        Assert.Contains(">" + title + "</a></h1>", alert.HtmlBody);
        Assert.Contains("<strong>A lead for " + title + "</strong>", alert.HtmlBody);
        Assert.StartsWith($"<{AlertsPortal.SiteAddress}/alerts/unsubscribe?code=", alert.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", alert.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("/alerts/manage?code=", alert.TextBody);
        Assert.DoesNotContain(portal.Smtp.MessagesTo(otherSection), m => m.Subject == title);
        Assert.DoesNotContain(portal.Smtp.MessagesTo(russian), m => m.Subject == title);
    }

    [Fact]
    public async Task TheUnsubscribeHeaderWorksWithOneClick_WithoutCookiesOrToken()
    {
        var email = Address();
        await portal.SubscribeAsync(email, "Section", "news");
        var first = await PublishNowAsync("Before the one click");
        await portal.AfterTheDelayAsync();
        var header = Assert.Single(portal.Smtp.MessagesTo(email), m => m.Subject == first).Headers["List-Unsubscribe"]!.Trim('<', '>');

        // What a mail client sends (RFC 8058): a POST to the header's address with this one field, nothing else.
        var response = await portal.CreateClient().PostAsync(new Uri(header).PathAndQuery,
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var second = await PublishNowAsync("After the one click");
        await portal.AfterTheDelayAsync();
        Assert.DoesNotContain(portal.Smtp.MessagesTo(email), m => m.Subject == second);
    }

    [Fact]
    public async Task TheUnsubscribeLinkAsksFirst_AndTheManagePageStopsEverything()
    {
        var email = Address();
        await portal.SubscribeAsync(email, "Section", "news");
        await portal.SubscribeAsync(email, "Kind", "News", frequency: "Daily");
        var confirmation = portal.Smtp.MessagesTo(email)[^1];
        var client = portal.CookieClient();

        var link = AlertsPortal.LinkIn(confirmation, "/alerts/unsubscribe");
        var asked = WebUtility.HtmlDecode(await client.GetStringAsync(link));
        Assert.Contains("Stop the alerts about publications of the kind “News” (daily digest)", asked);
        await AssertSubscriptionAsync(email, AlertTopic.Kind, SubscriptionStatus.Active);
        Assert.Contains("You are unsubscribed", await (await client.PostAsync(link, new FormUrlEncodedContent([]))).Content.ReadAsStringAsync());
        await AssertSubscriptionAsync(email, AlertTopic.Kind, SubscriptionStatus.Unsubscribed);

        var manage = AlertsPortal.LinkIn(confirmation, "/alerts/manage");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(manage));
        Assert.Contains("the section “News” (at once, English): active", page);
        var stopped = await client.PostFormAsync(manage.Replace("/alerts/manage?", "/alerts/manage?handler=StopAll&", StringComparison.Ordinal),
            new Dictionary<string, string> { ["Code"] = Uri.UnescapeDataString(manage[(manage.IndexOf("code=", StringComparison.Ordinal) + 5)..]) }, tokenFrom: manage);
        Assert.Contains("erased in 28 days", await stopped.Content.ReadAsStringAsync());
        await AssertSubscriptionAsync(email, AlertTopic.Section, SubscriptionStatus.Unsubscribed);
    }

    [Fact]
    public async Task BadInputIsRefusedInThePagesLanguage_KeepingWhatWasTyped()
    {
        var response = await portal.CookieClient().PostFormAsync("/ru/alerts", new Dictionary<string, string>
        {
            ["Input.Email"] = "не адрес", ["Input.Topic"] = "Tag", ["Input.Tag"] = "no such topic anywhere", ["Input.Frequency"] = "Weekly",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Укажите один адрес электронной почты", page);
        Assert.Contains("Темы «no such topic anywhere» нет", page);
        Assert.Contains("value=\"не адрес\"", page);
    }

    private async Task AssertSubscriptionAsync(string email, AlertTopic topic, SubscriptionStatus status) =>
        await portal.WithDatabaseAsync(async db =>
            Assert.Equal(status, (await db.AlertSubscriptions.AsNoTracking().SingleAsync(s => s.Email == email && s.Topic == topic)).Status));

    /// <summary>An editor writes an item in the news section and publishes it at once; returns its title.</summary>
    private async Task<string> PublishNowAsync(string title, string? host = null)
    {
        title = $"{title} {Guid.NewGuid().ToString("N")[..6]}";
        var desk = await EditorDesk.SignInAsync(portal);
        if (host is not null)
        {
            desk.Client.DefaultRequestHeaders.Host = host;
        }

        await desk.CreateAsync(EditorDesk.Fields(portal.News.Id, title), "Publish");
        return title;
    }

    private static string Address() => $"reader-{Guid.NewGuid():N}@example.org";
}
