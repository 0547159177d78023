using CstoPress.Core.Journalists;
using CstoPress.Web.Journalists;

namespace CstoPress.Web.Tests.Journalists;

public class ConfirmingTheWorkEmailTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task OnlyTheLinkSendsTheRequestToThePressOffice()
    {
        var workEmail = Applicants.NewAddress();
        var (client, link) = await portal.SentRequestAsync(workEmail, name: "Ilse Konrad");
        var editor = await portal.SignedInAsync(PortalRoles.Editor);
        Assert.DoesNotContain("Ilse Konrad", await editor.GetTextAsync("/admin/journalists"));

        var confirmed = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("your address is confirmed, and your request has reached the press office", WebUtility.HtmlDecode(await confirmed.Content.ReadAsStringAsync()));
        var stored = await portal.AccreditationOfAsync(workEmail);
        Assert.Equal(AccreditationStatus.Requested, stored.Status);
        Assert.Equal(portal.Clock.Now, stored.EmailConfirmedAt);
        Assert.Contains("Ilse Konrad", await editor.GetTextAsync("/admin/journalists"));
    }

    [Fact]
    public async Task OpeningTheLinkAgainSaysItWasConfirmedBefore()
    {
        var workEmail = Applicants.NewAddress();
        await portal.ConfirmedRequestAsync(workEmail);

        var again = await portal.CookieClient().GetTextAsync(MailPickup.LinkTo(portal.MailFolder, workEmail, EmailConfirmation.Path));

        Assert.Contains("Your address was confirmed before", again);
    }

    [Fact]
    public async Task AnExpiredLinkGetsAPageThatSaysSoAndConfirmsNothing()
    {
        var workEmail = Applicants.NewAddress();
        var (client, link) = await portal.SentRequestAsync(workEmail);
        portal.Clock.Advance(EmailConfirmation.LinkLifetime + TimeSpan.FromMinutes(1));

        var response = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This link has expired: it works for 3 days.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(AccreditationStatus.AwaitingEmailConfirmation, (await portal.AccreditationOfAsync(workEmail)).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?code=")]
    [InlineData("?code=not-a-code")]
    [InlineData("?code=CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task ADamagedLinkGetsAPageThatSaysWhatToDo(string query)
    {
        var response = await portal.CookieClient().GetAsync(EmailConfirmation.Path + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("This link does not work", text);
        Assert.Contains("href=\"/journalists/register\"", text);
    }

    [Fact]
    public async Task ALinkWhoseCodeWasChangedConfirmsNothing()
    {
        var workEmail = Applicants.NewAddress();
        var (client, link) = await portal.SentRequestAsync(workEmail);
        var changed = link[..^3] + (link[^3] == 'A' ? 'B' : 'A') + link[^2..];

        var response = await client.GetAsync(changed);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AccreditationStatus.AwaitingEmailConfirmation, (await portal.AccreditationOfAsync(workEmail)).Status);
    }

    [Fact]
    public async Task ARequestSentInRussianGetsItsMailAndItsPageInRussian()
    {
        var workEmail = Applicants.NewAddress();
        var (client, link) = await portal.SentRequestAsync(workEmail, address: "/ru" + Applicants.Register);

        var page = await client.GetTextAsync(link);

        Assert.StartsWith("/ru" + EmailConfirmation.Path, link);
        Assert.Contains("откройте эту ссылку в течение 3 дней", MailPickup.MessagesTo(portal.MailFolder, workEmail)[^1]);
        Assert.Contains("Спасибо: адрес подтверждён", page);
    }
}
