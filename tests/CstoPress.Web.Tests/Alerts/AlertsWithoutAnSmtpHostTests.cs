using CstoPress.Web.Alerts;
using CstoPress.Web.Tests.Admin;
using Microsoft.AspNetCore.Hosting;
using MimeKit;

namespace CstoPress.Web.Tests.Alerts;

/// <summary>Development without Mail__SmtpHost: the alerts' messages, whole (both parts and the unsubscribe headers), are .eml files.</summary>
public class AlertsWithoutAnSmtpHostTests(AlertsWithoutAnSmtpHostTests.Portal portal) : IClassFixture<AlertsWithoutAnSmtpHostTests.Portal>
{
    /// <summary>The portal as `dotnet run` starts it (Development, its demo content), on a database of its own, and no SMTP server.</summary>
    public sealed class Portal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
            builder.UseSetting("Publishing:RunScheduler", "false");
            builder.UseSetting("Alerts:RunSender", "false");
        }
    }

    [Fact]
    public async Task TheConfirmationAndTheAlertAreWrittenAsEmlFiles()
    {
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        var client = portal.CookieClient();
        var signUp = await client.PostFormAsync("/alerts", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Topic"] = "Section", ["Input.Section"] = "news", ["Input.Language"] = "En", ["Input.Frequency"] = "Immediate",
        });
        Assert.Contains("Check your inbox", await signUp.Content.ReadAsStringAsync());
        await portal.SendRoundAsync();
        var confirmation = Assert.Single(MessagesTo(email));
        Assert.Equal("Confirm your e-mail alerts from the CSTO Press Office", confirmation.Subject);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(LinkIn(confirmation.TextBody!, "/alerts/confirm"))).StatusCode);

        var newsId = 0;
        await portal.WithDatabaseAsync(async db => newsId = await db.Sections.Where(s => s.Slug == "news").Select(s => s.Id).SingleAsync());
        var title = "Written to the folder " + Guid.NewGuid().ToString("N")[..6];
        var desk = await EditorDesk.SignInAsync(portal);
        await desk.CreateAsync(EditorDesk.Fields(newsId, title), "Publish");
        portal.Clock.Advance(TimeSpan.FromMinutes(6));
        await portal.SendRoundAsync();

        var alert = Assert.Single(MessagesTo(email), m => m.Subject == title);
        Assert.IsType<MultipartAlternative>(alert.Body);
        Assert.Contains(title, alert.TextBody);
        Assert.Contains(">" + title + "</a></h1>", alert.HtmlBody);
        Assert.StartsWith("<http://127.0.0.1:5080/alerts/unsubscribe?code=", alert.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", alert.Headers["List-Unsubscribe-Post"]);
    }

    private List<MimeMessage> MessagesTo(string email) =>
        !Directory.Exists(portal.MailFolder) ? [] : Directory.GetFiles(portal.MailFolder, "*.eml")
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(box => box.Address == email))
            .ToList();

    private static string LinkIn(string text, string path)
    {
        var match = Regex.Match(text, @"https?://\S+?" + Regex.Escape(path) + @"\?\S+");
        Assert.True(match.Success, $"No link to {path} in: {text}");
        return new Uri(match.Value).PathAndQuery;
    }
}
