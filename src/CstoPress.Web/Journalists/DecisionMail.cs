using CstoPress.Core.Journalists;
using CstoPress.Web.Mail;

namespace CstoPress.Web.Journalists;

/// <summary>
/// What the press office decided, mailed to the journalist's work address. The request does not keep
/// the language it was sent in, so every message is in English and then in Russian.
/// </summary>
public sealed class DecisionMail(IMailSender mail, PasswordResetMail passwordLinks, IOptions<MailOptions> mailOptions, PressOfficeTime pressOffice)
{
    private const string Subject = "Your accreditation with the CSTO Press Office / Ваша аккредитация в пресс-службе ОДКБ";

    /// <summary>The welcome, with the link that sets the new account's password (Identity's reset token: it expires and works once).</summary>
    public async Task SendAccreditedAsync(Accreditation accreditation, PortalUser account, HttpRequest request, CancellationToken cancellationToken = default)
    {
        var link = await passwordLinks.LinkAsync(account, request);
        var site = mailOptions.Value.SiteFor(request);
        var signIn = site + "/account/login";
        var until = accreditation.EndsAt is { } endsAt ? AccreditationEnd.LastDayText(endsAt, pressOffice) : null;
        await SendAsync(accreditation, $"""
            {accreditation.Name},

            the CSTO Press Office has accredited you as a journalist of {accreditation.Outlet}{(until is null ? "" : $", until {until} inclusive")}.

            Choose your password with this link:

            {link}

            The link works for a limited time and once; when it has expired, use "Forgot your password?" at {signIn} with this address.
            Then sign in at {signIn}. "Your accreditation" shows where your accreditation stands, sets your time zone for embargo times,
            offers a second factor for signing in and gives you your personal feed address.
            """, $"""
            {accreditation.Name},

            пресс-служба ОДКБ аккредитовала вас как журналиста издания {accreditation.Outlet}{(until is null ? "" : $" до {until} включительно")}.

            Выберите пароль по этой ссылке:

            {link}

            Ссылка действует ограниченное время и один раз; если срок истёк, воспользуйтесь ссылкой «Forgot your password?» на странице {signIn}.
            Затем войдите на {signIn}. На странице «Ваша аккредитация» ({site}{SiteLinks.JournalistAccreditation(ContentLanguage.Ru)}) видно состояние аккредитации,
            там же выбирается часовой пояс для времени эмбарго, включается второй фактор входа и выдаётся адрес личной ленты.
            """, cancellationToken);
    }

    public Task SendRefusedAsync(Accreditation accreditation, HttpRequest request, CancellationToken cancellationToken = default)
    {
        var form = mailOptions.Value.SiteFor(request) + SiteLinks.JournalistRegistration(ContentLanguage.En);
        return SendAsync(accreditation, $"""
            {accreditation.Name},

            the CSTO Press Office has not accredited you as a journalist of {accreditation.Outlet}. The reason:

            {accreditation.Reason}

            When something has changed, you may send a new request at {form}.
            """, $"""
            {accreditation.Name},

            пресс-служба ОДКБ не аккредитовала вас как журналиста издания {accreditation.Outlet}. Причина:

            {accreditation.Reason}

            Если обстоятельства изменятся, вы можете направить новый запрос: {form}.
            """, cancellationToken);
    }

    public Task SendRevokedAsync(Accreditation accreditation, CancellationToken cancellationToken = default) =>
        SendAsync(accreditation, $"""
            {accreditation.Name},

            the CSTO Press Office has revoked your accreditation as a journalist of {accreditation.Outlet}.
            Embargoed items and your personal feed are closed to you from now on. The reason:

            {accreditation.Reason}
            """, $"""
            {accreditation.Name},

            пресс-служба ОДКБ отозвала вашу аккредитацию как журналиста издания {accreditation.Outlet}.
            Материалы под эмбарго и личная лента для вас с этого момента закрыты. Причина:

            {accreditation.Reason}
            """, cancellationToken);

    private Task SendAsync(Accreditation accreditation, string english, string russian, CancellationToken cancellationToken) =>
        mail.SendAsync(new OutgoingMail(accreditation.WorkEmail, Subject, $"{english}\n\n* * *\n\n{russian}"), cancellationToken);
}
