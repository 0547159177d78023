namespace CstoPress.Web.Mail;

/// <summary>
/// A message to one person: plain text, and optionally the same as HTML (then sent as multipart/alternative),
/// with extra headers such as List-Unsubscribe.
/// </summary>
public sealed record OutgoingMail(string To, string Subject, string Body)
{
    public string? Html { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
