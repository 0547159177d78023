using CstoPress.Core.Journalists;
using CstoPress.Web.Areas.Admin.Pages.Journalists;
using Microsoft.AspNetCore.Identity;

namespace CstoPress.Web.Tests.Journalists;

public class DecidingAccreditationTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    private const string NewPassword = "a press card and a long walk";

    [Fact]
    public async Task RequestsAwaitingADecisionComeFirstThenTheAccreditedRefusedAndRevoked()
    {
        var editor = await portal.SignedInAsync(PortalRoles.Editor);
        var refused = await portal.ConfirmedRequestAsync(Applicants.NewAddress(), "Refused Reporter");
        await Decide(editor, refused, "Refuse", ("Reason", "Not a journalist."));
        await portal.ConfirmedRequestAsync(Applicants.NewAddress(), "Waiting Reporter");

        var whole = await editor.GetTextAsync("/admin/journalists");
        var page = whole[whole.IndexOf("<h2", StringComparison.Ordinal)..]; // after the notice of the refusal, which names the journalist

        Assert.True(page.IndexOf("Waiting Reporter", StringComparison.Ordinal) < page.IndexOf("Refused Reporter", StringComparison.Ordinal));
        Assert.True(page.IndexOf("Awaiting a decision", StringComparison.Ordinal) < page.IndexOf("Accredited (", StringComparison.Ordinal));
        Assert.True(page.IndexOf("Refused (", StringComparison.Ordinal) < page.IndexOf("Revoked (", StringComparison.Ordinal));
        Assert.Contains("href=\"/admin/journalists\"", whole);
    }

    [Fact]
    public async Task AccreditingMakesAJournalistAccountAndMailsTheLinkToChooseAPassword()
    {
        var workEmail = Applicants.NewAddress();
        var id = await portal.ConfirmedRequestAsync(workEmail);
        var editor = await portal.SignedInAsync(PortalRoles.Editor);

        var response = await Decide(editor, id, "Accredit", ("LastDay", "2025-06-30"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await portal.AccreditationOfAsync(workEmail);
        Assert.Equal(AccreditationStatus.Accredited, stored.Status);
        Assert.Equal(new DateTimeOffset(2025, 6, 30, 21, 0, 0, TimeSpan.Zero), stored.EndsAt); // midnight in Moscow
        Assert.NotNull(stored.UserId);
        Assert.Contains("until 30.06.2025 inclusive", MailPickup.MessagesTo(portal.MailFolder, workEmail)[^1]);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Data.Accounts.PortalUser>>();
            Assert.Equal([PortalRoles.Journalist], await users.GetRolesAsync((await users.FindByIdAsync(stored.UserId!))!));
        }

        await AssertAuditedAsync(workEmail, "accredited a journalist", "until 30.06.2025 inclusive");
        var journalist = portal.CookieClient();
        var link = MailPickup.ResetLinkTo(portal.MailFolder, workEmail);
        var chosen = await journalist.PostFormAsync(link, [new("Input.NewPassword", NewPassword), new("Input.ConfirmPassword", NewPassword)], tokenFrom: link);
        Assert.Contains("Your password was changed", WebUtility.HtmlDecode(await chosen.Content.ReadAsStringAsync()));
        var signedIn = await journalist.SignInAsync(workEmail, NewPassword);
        Assert.Equal("/journalists/accreditation", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RefusingNeedsAReasonWhichIsMailedToTheApplicant()
    {
        var workEmail = Applicants.NewAddress();
        var id = await portal.ConfirmedRequestAsync(workEmail);
        var editor = await portal.SignedInAsync(PortalRoles.Editor);

        var withoutReason = await Decide(editor, id, "Refuse", ("Reason", "  "));
        var refused = await Decide(editor, id, "Refuse", ("Reason", "Your outlet is not a news medium."));

        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("Give the reason: it is sent to the journalist.", WebUtility.HtmlDecode(await withoutReason.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var stored = await portal.AccreditationOfAsync(workEmail);
        Assert.Equal((AccreditationStatus.Refused, "Your outlet is not a news medium."), (stored.Status, stored.Reason));
        Assert.Null(stored.UserId);
        var mail = MailPickup.MessagesTo(portal.MailFolder, workEmail)[^1];
        Assert.Contains("has not accredited you", mail);
        Assert.Contains("Your outlet is not a news medium.", mail);
        await AssertAuditedAsync(workEmail, "refused accreditation", "Your outlet is not a news medium.");
    }

    [Fact]
    public async Task RevokingClosesThePersonalFeedAndMailsTheReason()
    {
        var workEmail = Applicants.NewAddress();
        var id = await portal.ConfirmedRequestAsync(workEmail);
        var editor = await portal.SignedInAsync(PortalRoles.Editor);
        await Decide(editor, id, "Accredit");
        await portal.WithDatabaseAsync(async db => (await db.Accreditations.SingleAsync(a => a.Id == id)).FeedTokenHash = new string('a', 64));

        var withoutReason = await Decide(editor, id, "Revoke");
        var revoked = await Decide(editor, id, "Revoke", ("Reason", "The embargo of 25 July was broken."));

        Assert.Contains("Give the reason", WebUtility.HtmlDecode(await withoutReason.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var stored = await portal.AccreditationOfAsync(workEmail);
        Assert.Equal(AccreditationStatus.Revoked, stored.Status);
        Assert.Null(stored.FeedTokenHash);
        Assert.False(stored.IsActive(portal.Clock.Now));
        Assert.Contains("The embargo of 25 July was broken.", MailPickup.MessagesTo(portal.MailFolder, workEmail)[^1]);
        await AssertAuditedAsync(workEmail, "revoked accreditation", "The embargo of 25 July was broken.");
    }

    [Fact]
    public async Task ADecisionThatNoLongerFitsIsRefusedWithAMessage()
    {
        var workEmail = Applicants.NewAddress();
        var id = await portal.ConfirmedRequestAsync(workEmail);
        var editor = await portal.SignedInAsync(PortalRoles.Editor);
        await Decide(editor, id, "Accredit");

        var refusingTheAccredited = await Decide(editor, id, "Refuse", ("Reason", "Changed our mind."));
        var pastDay = await Decide(editor, id, "LastDay", ("LastDay", "2020-01-01"));

        Assert.Contains("Only a request awaiting a decision can be refused.", WebUtility.HtmlDecode(await refusingTheAccredited.Content.ReadAsStringAsync()));
        Assert.Contains("The end date has passed already", WebUtility.HtmlDecode(await pastDay.Content.ReadAsStringAsync()));
        var stored = await portal.AccreditationOfAsync(workEmail);
        Assert.Equal((AccreditationStatus.Accredited, (DateTimeOffset?)null), (stored.Status, stored.EndsAt));
    }

    [Fact]
    public async Task AnAddressOfThePressOfficeIsNeverMadeAJournalists()
    {
        var editorEmail = await portal.CreateUserAsync(PortalRoles.Editor);
        var id = await portal.ConfirmedRequestAsync(editorEmail);
        var admin = await portal.SignedInAsync(PortalRoles.Admin);

        var response = await Decide(admin, id, "Accredit");

        Assert.Contains(Web.Journalists.JournalistAccounts.PressOfficeAddress, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(AccreditationStatus.Requested, (await portal.AccreditationOfAsync(editorEmail)).Status);
    }

    [Fact]
    public async Task AJournalistAccreditedAgainAfterTheEndKeepsTheirAccount()
    {
        var workEmail = Applicants.NewAddress();
        var editor = await portal.SignedInAsync(PortalRoles.Editor);
        var first = await portal.ConfirmedRequestAsync(workEmail);
        await Decide(editor, first, "Accredit", ("LastDay", DateOnly.FromDateTime(portal.Clock.Now.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var account = (await portal.AccreditationAsync(first)).UserId;
        portal.Clock.Advance(TimeSpan.FromDays(2));

        var (client, link) = await portal.SentRequestAsync(workEmail, name: "Anna Petrova-Berg");
        await client.GetAsync(link);
        editor = await portal.SignedInAsync(PortalRoles.Editor);
        var second = (await portal.AccreditationWhereAsync(a => a.WorkEmail == workEmail && a.Id != first)).Id;
        var accredited = await Decide(editor, second, "Accredit");

        Assert.Equal(HttpStatusCode.Redirect, accredited.StatusCode);
        Assert.Equal(account, (await portal.AccreditationAsync(second)).UserId);
        Assert.Null((await portal.AccreditationAsync(first)).UserId);
    }

    [Fact]
    public async Task AnUnreadableLastDayGetsAMessage()
    {
        var id = await portal.ConfirmedRequestAsync(Applicants.NewAddress());
        var editor = await portal.SignedInAsync(PortalRoles.Editor);

        var response = await Decide(editor, id, "Accredit", ("LastDay", "the end of the year"));

        var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(RequestModel.UnreadableDay, text);
        Assert.Contains("value=\"the end of the year\"", text);
    }

    private static Task<HttpResponseMessage> Decide(HttpClient editor, int id, string handler, params (string Name, string Value)[] fields) =>
        editor.PostFormAsync($"/admin/journalists/request/{id}?handler={handler}",
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), tokenFrom: $"/admin/journalists/request/{id}");

    private async Task AssertAuditedAsync(string workEmail, string action, string details) =>
        await portal.WithDatabaseAsync(async db => Assert.True(
            await db.AuditLog.AnyAsync(e => e.Action == action && e.Subject.Contains(workEmail) && e.Details == details),
            $"No audit entry '{action}' with '{details}'"));
}
