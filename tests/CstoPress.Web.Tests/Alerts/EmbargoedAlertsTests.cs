using CstoPress.Core.Journalists;
using CstoPress.Web.Tests.Admin;
using CstoPress.Web.Tests.Journalists;

namespace CstoPress.Web.Tests.Alerts;

/// <summary>Accredited journalists follow sections from their account, and get the embargoed releases of them, marked, with their code.</summary>
public class EmbargoedAlertsTests(AlertsPortal portal) : IClassFixture<AlertsPortal>
{
    [Fact]
    public async Task AJournalistFollowingASectionIsMailedItsEmbargoedRelease_MarkedWithTheirCode()
    {
        var journalist = await portal.AccreditedJournalistAsync(timeZone: "Europe/Berlin");
        var follow = await journalist.Client.PostFormAsync("/journalists/alerts?handler=Follow",
            new Dictionary<string, string> { ["Section"] = "news", ["Frequency"] = "Daily", ["FollowLanguage"] = "En" }, tokenFrom: "/journalists/alerts");
        Assert.Equal(HttpStatusCode.Redirect, follow.StatusCode);
        Assert.Contains("the section “News” (daily digest, English): active", WebUtility.HtmlDecode(await journalist.Client.GetStringAsync("/journalists/alerts")));
        var reader = $"reader-{Guid.NewGuid():N}@example.org";
        await portal.SubscribeAsync(reader, "Section", "news");

        var until = portal.Clock.Now.AddHours(20);
        Publication item = new PublicationBuilder(portal.News, "Summit declaration " + Guid.NewGuid().ToString("N")[..6]).ScheduledFor(until);
        await portal.AddAsync(item);
        var desk = await EditorDesk.SignInAsync(portal);
        await desk.ActAsync(item.Id, "Embargo", new() { ["EmbargoNote"] = "Briefing at 09:00." });
        await portal.AfterTheDelayAsync();

        var copy = Assert.Single(portal.Smtp.MessagesTo(journalist.Email), m => m.Subject!.Contains(item.Title, StringComparison.Ordinal));
        var line = EmbargoLine.For(until, new PressOfficeTime(TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow")), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        Assert.Equal($"{line}: {item.Title}", copy.Subject);
        Assert.StartsWith(line, copy.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Recipient code {RecipientCodes.Printed(journalist.RecipientCode)}", copy.TextBody);
        Assert.Contains("Briefing at 09:00.", copy.TextBody);
        Assert.Contains($"{AlertsPortal.SiteAddress}/journalists/embargoed/{item.Id}", copy.TextBody);
        Assert.DoesNotContain(portal.Smtp.MessagesTo(reader), m => m.Subject!.Contains(item.Title, StringComparison.Ordinal));

        // From the account, the journalist stops following the section: the next embargoed release of it does not come.
        var page = await journalist.Client.GetStringAsync("/journalists/alerts");
        var id = Regex.Match(page, @"name=""id"" value=""(\d+)""").Groups[1].Value;
        var stop = await journalist.Client.PostFormAsync("/journalists/alerts?handler=Stop", new Dictionary<string, string> { ["id"] = id },
            tokenFrom: "/journalists/alerts");
        Assert.Equal(HttpStatusCode.Redirect, stop.StatusCode);
        Assert.DoesNotContain("the section “News”", WebUtility.HtmlDecode(await journalist.Client.GetStringAsync("/journalists/alerts")));
        Publication next = new PublicationBuilder(portal.News, "Second declaration " + Guid.NewGuid().ToString("N")[..6]).ScheduledFor(until);
        await portal.AddAsync(next);
        await desk.ActAsync(next.Id, "Embargo", new() { ["EmbargoNote"] = "" });
        await portal.AfterTheDelayAsync();
        Assert.DoesNotContain(portal.Smtp.MessagesTo(journalist.Email), m => m.Subject!.Contains(next.Title, StringComparison.Ordinal));
    }
}
