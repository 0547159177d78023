using System.Text;

namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>The .eml files the portal wrote to its pickup folder, read back as a person's inbox.</summary>
public static partial class MailPickup
{
    /// <summary>The bodies of the messages to <paramref name="to"/>, oldest first.</summary>
    public static IReadOnlyList<string> MessagesTo(string folder, string to)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.eml")
            .Select(path => (Written: File.GetLastWriteTimeUtc(path), Text: File.ReadAllText(path)))
            .Where(m => m.Text.Contains("To: " + to, StringComparison.OrdinalIgnoreCase))
            .OrderBy(m => m.Written)
            .Select(m => Body(m.Text))
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

    /// <summary>The message's text: the portal sends its plain-text bodies base64-encoded.</summary>
    private static string Body(string eml)
    {
        var split = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = eml[..split];
        var body = eml[(split + 4)..];
        return headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split('\r', '\n'))))
            : body;
    }
}
