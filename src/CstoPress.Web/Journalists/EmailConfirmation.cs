using CstoPress.Core.Journalists;
using CstoPress.Web.Mail;
using Microsoft.AspNetCore.DataProtection;

namespace CstoPress.Web.Journalists;

/// <summary>
/// The link that proves a request came from the work address it names. It carries the request and the
/// time it was sent, sealed (<see cref="SignedTimeStamp"/>), so any node can read it, it expires, and a
/// request sent again (a typo corrected) makes the earlier link stop working.
/// </summary>
public sealed class EmailConfirmation(IDataProtectionProvider protection, TimeProvider time, IMailSender mail, IOptions<MailOptions> mailOptions)
{
    public const string Path = "/journalists/confirm";
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(3);

    private readonly SignedTimeStamp _stamp = new(protection.CreateProtector("CstoPress.Journalists.EmailConfirmation"));

    public Task SendAsync(Accreditation accreditation, ContentLanguage language, HttpRequest request, CancellationToken cancellationToken = default)
    {
        var code = _stamp.Seal(accreditation.Id.ToString(CultureInfo.InvariantCulture), accreditation.RequestedAt);
        var link = $"{mailOptions.Value.SiteFor(request)}{SiteLinks.Prefix(language)}{Path}?code={code}";
        return mail.SendAsync(language == ContentLanguage.Ru
            ? new OutgoingMail(accreditation.WorkEmail, "Подтвердите адрес для аккредитации в пресс-службе ОДКБ", Russian(accreditation, link))
            : new OutgoingMail(accreditation.WorkEmail, "Confirm your address for accreditation with the CSTO Press Office", English(accreditation, link)),
            cancellationToken);
    }

    /// <summary>Which request a link's code names, and whether it still works.</summary>
    public Reading Read(string? code, out int accreditationId, out DateTimeOffset requestedAt)
    {
        accreditationId = 0;
        if (!_stamp.TryOpen(code, out var subject, out requestedAt)
            || !int.TryParse(subject, NumberStyles.None, CultureInfo.InvariantCulture, out accreditationId))
        {
            return Reading.Unreadable;
        }

        return time.GetUtcNow() - requestedAt > LinkLifetime ? Reading.Expired : Reading.Fine;
    }

    /// <summary>Whether a code read by <see cref="Read"/> is the latest one sent for the request (the database keeps microseconds).</summary>
    public static bool IsLatest(Accreditation accreditation, DateTimeOffset requestedAt) =>
        (accreditation.RequestedAt - requestedAt).Duration() < TimeSpan.FromMilliseconds(1);

    public enum Reading
    {
        Fine,
        Expired,
        Unreadable,
    }

    private static string English(Accreditation accreditation, string link) =>
        $"""
        {accreditation.Name},

        you asked the CSTO Press Office to accredit you as a journalist of {accreditation.Outlet}.

        To confirm that this is your work address, open this link within {LinkLifetime.TotalDays:0} days:

        {link}

        Only then does your request reach the press office. It will write to you at this address when it has decided.

        If it was not you, ignore this message: without the confirmation the request goes no further.
        """;

    private static string Russian(Accreditation accreditation, string link) =>
        $"""
        {accreditation.Name},

        вы направили в пресс-службу ОДКБ запрос на аккредитацию как журналист издания {accreditation.Outlet}.

        Чтобы подтвердить, что это ваш рабочий адрес, откройте эту ссылку в течение {LinkLifetime.TotalDays:0} дней:

        {link}

        Только после этого запрос поступит в пресс-службу. О решении вам сообщат по этому адресу.

        Если запрос отправляли не вы, просто не обращайте внимания на это письмо: без подтверждения запрос дальше не передаётся.
        """;
}
