using System.Text;
using CstoPress.Web.Mail;
using Microsoft.AspNetCore.WebUtilities;

namespace CstoPress.Web.Accounts;

/// <summary>
/// Sends an account the link that sets a new password. The link carries Identity's reset token,
/// which expires (Accounts__PasswordResetLinkLifetime) and stops working once the password or the
/// security stamp changes, so it is good for one reset.
/// </summary>
public sealed class PasswordResetMail(UserManager<PortalUser> users, IMailSender mail, IOptions<MailOptions> mailOptions, IOptions<AccountOptions> accountOptions)
{
    public const string ResetPath = "/account/reset-password";

    public async Task SendAsync(PortalUser user, HttpRequest request, CancellationToken cancellationToken = default)
    {
        var link = await LinkAsync(user, request);
        var lifetime = accountOptions.Value.PasswordResetLinkLifetime;

        await mail.SendAsync(new OutgoingMail(user.Email!, "Set a new password for CstoPress",
            $"""
            Someone asked to set a new password for your CstoPress account ({user.Email}).

            To choose a new password, open this link within {Describe(lifetime)}:

            {link}

            If it was not you, ignore this message: your password stays as it is.
            """), cancellationToken);
    }

    /// <summary>The link that sets the account's password, for this message and for the one that welcomes an accredited journalist.</summary>
    public async Task<string> LinkAsync(PortalUser user, HttpRequest request)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        return $"{mailOptions.Value.SiteFor(request)}{ResetPath}?email={Uri.EscapeDataString(user.Email!)}&code={code}";
    }

    private static string Describe(TimeSpan lifetime) =>
        lifetime.TotalHours >= 1 ? $"{lifetime.TotalHours:0.#} hour(s)" : $"{lifetime.TotalMinutes:0} minutes";

    /// <summary>The token back from the link's 'code'; null when the link was damaged.</summary>
    public static string? TokenFrom(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
