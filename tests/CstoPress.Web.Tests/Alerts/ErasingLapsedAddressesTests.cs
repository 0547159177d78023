using CstoPress.Core.Alerts;

namespace CstoPress.Web.Tests.Alerts;

/// <summary>
/// Addresses are kept only while subscribed: one unsubscribed from everything is erased with its messages 28 days later,
/// a sign-up never confirmed after 7; the sender's rounds on every node do it.
/// </summary>
public class ErasingLapsedAddressesTests(AlertsPortal portal) : IClassFixture<AlertsPortal>
{
    [Fact]
    public async Task AnAddressUnsubscribedFromEverythingIsErased28DaysLater_OneStillSubscribedIsKept()
    {
        var (leaving, staying, unconfirmed) = (Address(), Address(), Address());
        await portal.SubscribeAsync(leaving, "Section", "news");
        await portal.SubscribeAsync(leaving, "Everything", frequency: "Daily");
        await portal.SubscribeAsync(staying, "Section", "news");
        await portal.SubscribeAsync(staying, "Section", "statements");
        var signUp = await portal.CookieClient().PostFormAsync("/alerts", new Dictionary<string, string>
        {
            ["Input.Email"] = unconfirmed, ["Input.Topic"] = "Everything", ["Input.Language"] = "En", ["Input.Frequency"] = "Immediate",
        });
        Assert.Equal(HttpStatusCode.OK, signUp.StatusCode);
        var manage = AlertsPortal.LinkIn(portal.Smtp.MessagesTo(leaving)[^1], "/alerts/manage");
        var stopLink = AlertsPortal.LinkIn(portal.Smtp.MessagesTo(leaving)[^1], "/alerts/unsubscribe");
        var client = portal.CookieClient();
        var stopped = await client.PostFormAsync(manage.Replace("/alerts/manage?", "/alerts/manage?handler=StopAll&", StringComparison.Ordinal),
            new Dictionary<string, string> { ["Code"] = Uri.UnescapeDataString(manage[(manage.IndexOf("code=", StringComparison.Ordinal) + 5)..]) }, tokenFrom: manage);
        Assert.Contains("erased in 28 days", await stopped.Content.ReadAsStringAsync());
        var staysStop = AlertsPortal.LinkIn(portal.Smtp.MessagesTo(staying)[^1], "/alerts/unsubscribe");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(staysStop, new FormUrlEncodedContent([]))).StatusCode);

        portal.Clock.Advance(TimeSpan.FromDays(8));
        await portal.SendRoundAsync();
        Assert.Equal(0, await CountAsync(unconfirmed));
        Assert.Equal(2, await CountAsync(leaving));

        portal.Clock.Advance(TimeSpan.FromDays(20) - TimeSpan.FromMinutes(1));
        await portal.SendRoundAsync();
        Assert.Equal(2, await CountAsync(leaving));

        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        await portal.SendRoundAsync();
        Assert.Equal(0, await CountAsync(leaving));
        await portal.WithDatabaseAsync(async db =>
            Assert.False(await db.AlertDeliveries.AnyAsync(d => d.Subscription!.Email == leaving || d.Subscription!.Email == unconfirmed)));
        Assert.Equal(2, await CountAsync(staying));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(stopLink)).StatusCode);
        Assert.Contains("This address follows nothing now.", await client.GetStringAsync(manage));
    }

    private async Task<int> CountAsync(string email)
    {
        var count = -1;
        await portal.WithDatabaseAsync(async db => count = await db.AlertSubscriptions.CountAsync(s => s.Email == email));
        return count;
    }

    private static string Address() => $"reader-{Guid.NewGuid():N}@example.org";
}
