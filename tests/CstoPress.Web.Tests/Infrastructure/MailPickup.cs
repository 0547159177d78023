namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>The .eml files the portal wrote to its pickup folder, read back as a person's inbox.</summary>
public static partial class MailPickup
{
    /// <summary>The plain-text bodies of the messages to <paramref name="to"/>, oldest first.</summary>
    public static IReadOnlyList<string> MessagesTo(string folder, string to)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.eml")
            .Select(path => (Written: File.GetLastWriteTimeUtc(path), Message: MimeKit.MimeMessage.Load(path)))
            .Where(m => m.Message.To.Mailboxes.Any(box => string.Equals(box.Address, to, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(m => m.Written)
            .Select(m => m.Message.TextBody ?? "")
            .ToList();
    }

    /// <summary>The password-reset link of the latest message to <paramref name="to"/>, as a local path and query.</summary>
    public static string ResetLinkTo(string folder, string to) => LinkTo(folder, to, "/account/reset-password");

    /// <summary>The link to <paramref name="path"/> in the latest message to <paramref name="to"/>, as a local path and query.</summary>
    public static string LinkTo(string folder, string to, string path)
    {
        var messages = MessagesTo(folder, to);
        Assert.True(messages.Count > 0, $"No mail to {to}");
        var body = messages[^1];
        var match = Regex.Match(body, @"https?://\S+" + Regex.Escape(path) + @"\?\S+");
        Assert.True(match.Success, $"No link to {path} in: " + body);
        return new Uri(match.Value).PathAndQuery;
    }
}
