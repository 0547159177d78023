using CstoPress.Core.Journalists;
using CstoPress.Web.Journalists;

namespace CstoPress.Web.Tests.Journalists;

public class RegisteringForAccreditationTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task TheFormShowsTheEmbargoTermsInFullInEitherLanguageAndIsNeverServedReadyMade()
    {
        var client = portal.CookieClient();

        var english = await client.GetAsync(Applicants.Register);
        var englishText = WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync());
        var russianText = await client.GetTextAsync("/ru" + Applicants.Register);

        Assert.All(EmbargoTerms.Paragraphs(ContentLanguage.En), paragraph => Assert.Contains(paragraph, englishText));
        Assert.All(EmbargoTerms.Paragraphs(ContentLanguage.Ru), paragraph => Assert.Contains(paragraph, russianText));
        Assert.Contains($"version {EmbargoTerms.Version}", englishText);
        Assert.Contains("<html lang=\"ru\">", russianText);
        Assert.Contains("href=\"/ru/journalists/register\"", englishText);
        Assert.Contains("no-store", english.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task ARequestIsKeptUnconfirmedWithItsRecipientCodeAndTheTermsAcceptedAndTheLinkIsMailed()
    {
        var workEmail = Applicants.NewAddress();

        var (response, text) = await portal.SendAsync(portal.CookieClient(), Applicants.Request(workEmail));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Check your mailbox", text);
        Assert.Contains(workEmail, text);
        var stored = await portal.AccreditationOfAsync(workEmail);
        Assert.Equal(AccreditationStatus.AwaitingEmailConfirmation, stored.Status);
        Assert.Matches("^[A-HJ-NP-Z2-9]{8}$", stored.RecipientCode);
        Assert.Equal(EmbargoTerms.Version, stored.TermsVersion);
        Assert.Equal(portal.Clock.Now, stored.TermsAcceptedAt);
        Assert.Equal(("Anna Petrova", "Baltic Wire", "Correspondent", "Latvia"), (stored.Name, stored.Outlet, stored.Position, stored.Country));
        Assert.StartsWith(EmailConfirmation.Path + "?code=", MailPickup.LinkTo(portal.MailFolder, workEmail, EmailConfirmation.Path));
    }

    [Fact]
    public async Task EachFieldThatIsNotRightGetsItsOwnMessageAndNothingTypedIsLost()
    {
        var workEmail = "anna at baltic wire";
        var fields = Applicants.Request(workEmail);
        fields["Input.Name"] = "";
        fields.Remove("Input.Position");
        fields.Remove("Input.AcceptTerms");
        fields["Input.Country"] = new string('L', 101);

        var (response, text) = await portal.SendAsync(portal.CookieClient(), fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string[] messages =
        [
            "Enter your full name.", "Enter your position at the outlet.", "Country: at most 100 characters, please.",
            "Enter the e-mail address alone, such as name@outlet.org.", "Read the embargo terms and tick the box to accept them.",
        ];
        Assert.All(messages, message => Assert.Contains(message, text));
        Assert.Equal("Baltic Wire", Applicants.ValueOf(text, "Input.Outlet"));
        Assert.Equal(workEmail, Applicants.ValueOf(text, "Input.WorkEmail"));
        Assert.Equal(fields["Input.Country"], Applicants.ValueOf(text, "Input.Country"));
        Assert.Contains("aria-invalid=\"true\"", text);
        Assert.Empty(MailPickup.MessagesTo(portal.MailFolder, workEmail));
        await portal.WithDatabaseAsync(async db => Assert.False(await db.Accreditations.AnyAsync(a => a.WorkEmail == workEmail)));
    }

    [Fact]
    public async Task TheRussianFormSpeaksRussianInItsMessages()
    {
        var fields = Applicants.Request("");

        var (_, text) = await portal.SendAsync(portal.CookieClient(), fields, "/ru" + Applicants.Register);

        Assert.Contains("Укажите рабочий адрес электронной почты.", text);
        Assert.Equal("Baltic Wire", Applicants.ValueOf(text, "Input.Outlet"));
        Assert.DoesNotContain("Enter your", text);
    }

    [Fact]
    public async Task TermsChangedWhileTheFormWasOpenMustBeAcceptedAgain()
    {
        var workEmail = Applicants.NewAddress();
        var fields = Applicants.Request(workEmail);
        fields["Input.TermsVersion"] = "2019-01";

        var (_, text) = await portal.SendAsync(portal.CookieClient(), fields);

        Assert.Contains("The embargo terms changed while the form was open.", text);
        Assert.DoesNotContain("name=\"Input.AcceptTerms\" value=\"true\" checked", text);
        Assert.Equal(EmbargoTerms.Version, Applicants.ValueOf(text, "Input.TermsVersion"));
        Assert.Empty(MailPickup.MessagesTo(portal.MailFolder, workEmail));
    }

    [Fact]
    public async Task TheTrapFieldFilledInLooksSentButKeepsAndSendsNothing()
    {
        var workEmail = Applicants.NewAddress();
        var fields = Applicants.Request(workEmail);
        fields["Input.Website"] = "https://cheap-pills.example";

        var (response, text) = await portal.SendAsync(portal.CookieClient(), fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Check your mailbox", text);
        Assert.Empty(MailPickup.MessagesTo(portal.MailFolder, workEmail));
        await portal.WithDatabaseAsync(async db => Assert.False(await db.Accreditations.AnyAsync(a => a.WorkEmail == workEmail)));
        Assert.Contains(portal.Log.Events, e => CapturedLog.Text(e, "SecurityEvent") == "RegistrationRefused" && CapturedLog.Text(e, "UserName") == workEmail);
    }

    [Theory]
    [InlineData(1, "The form was sent only seconds after it was opened")]
    [InlineData(7 * 60 * 60, "The form was open for more than 6 hours")]
    public async Task AFormSentTooQuicklyOrTooLateIsRefusedWithEverythingKept(int secondsOpen, string message)
    {
        var workEmail = Applicants.NewAddress();
        var client = portal.CookieClient();

        var (response, text) = await portal.SendAsync(client, Applicants.Request(workEmail), typing: TimeSpan.FromSeconds(secondsOpen));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, text);
        Assert.Equal(workEmail, Applicants.ValueOf(text, "Input.WorkEmail"));
        Assert.Equal("Anna Petrova", Applicants.ValueOf(text, "Input.Name"));
        Assert.Empty(MailPickup.MessagesTo(portal.MailFolder, workEmail));

        // The form shown again carries a fresh stamp: sent a little later, it goes through.
        portal.Clock.Advance(TimeSpan.FromSeconds(10));
        var again = await client.PostAsync(Applicants.Register, new FormUrlEncodedContent(new Dictionary<string, string>(Applicants.Request(workEmail))
        {
            ["FormStamp"] = Applicants.ValueOf(text, "FormStamp"), ["__RequestVerificationToken"] = SignedInClients.TokenIn(text),
        }));
        Assert.Contains("Check your mailbox", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AForgedStampOrAnExpiredAntiforgeryTokenShowsTheFormAgainWithEverythingKept()
    {
        var workEmail = Applicants.NewAddress();
        var forged = new Dictionary<string, string>(Applicants.Request(workEmail)) { ["FormStamp"] = "CfDJ8-made-up" };
        var (_, forgedText) = await portal.SendAsync(portal.CookieClient(), forged);

        // A browser that lost its antiforgery cookie (closed, or the form left open across a restart).
        var withoutCookie = await portal.CreateClient().PostAsync(Applicants.Register, new FormUrlEncodedContent(Applicants.Request(workEmail)));
        var withoutCookieText = WebUtility.HtmlDecode(await withoutCookie.Content.ReadAsStringAsync());

        Assert.Contains("The form had expired, so nothing was sent.", forgedText);
        Assert.Equal(HttpStatusCode.OK, withoutCookie.StatusCode);
        Assert.Contains("The form had expired, so nothing was sent.", withoutCookieText);
        Assert.Equal("Baltic Wire", Applicants.ValueOf(withoutCookieText, "Input.Outlet"));
        Assert.Empty(MailPickup.MessagesTo(portal.MailFolder, workEmail));
    }

    [Fact]
    public async Task ASecondRequestFromAnAddressWithThePressOfficeGetsAMessageAndMakesNoDuplicate()
    {
        var workEmail = Applicants.NewAddress();
        await portal.ConfirmedRequestAsync(workEmail);

        var (_, text) = await portal.SendAsync(portal.CookieClient(), Applicants.Request(workEmail.ToUpperInvariant()));

        Assert.Contains("A request from this address is already with the press office, or accredited.", text);
        Assert.Equal(workEmail.ToUpperInvariant(), Applicants.ValueOf(text, "Input.WorkEmail"));
        await portal.WithDatabaseAsync(async db =>
            Assert.Equal(1, await db.Accreditations.CountAsync(a => EF.Functions.ILike(a.WorkEmail, workEmail))));
    }

    [Fact]
    public async Task SendingAgainBeforeConfirmingReplacesTheRequestAndOnlyTheNewLinkWorks()
    {
        var workEmail = Applicants.NewAddress();
        var (client, firstLink) = await portal.SentRequestAsync(workEmail, name: "Ana Petorva");

        var (_, secondLink) = await portal.SentRequestAsync(workEmail, name: "Anna Petrova");

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(firstLink)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(secondLink)).StatusCode);
        var stored = await portal.AccreditationOfAsync(workEmail);
        Assert.Equal(("Anna Petrova", AccreditationStatus.Requested), (stored.Name, stored.Status));
    }
}
