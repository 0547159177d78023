using System.Text;
using QRCoder;

namespace CstoPress.Web.Accounts;

/// <summary>How an authenticator app is given an account's shared key: typed, or read from the otpauth:// URI's QR code.</summary>
public static class AuthenticatorKey
{
    public const string Issuer = "CstoPress";

    /// <summary>The key in groups of four, easier to type into a phone.</summary>
    public static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }

    /// <summary>The key URI format authenticator apps read (issuer, account, 6 digits, 30 seconds, SHA-1).</summary>
    public static string Uri(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>The URI as a PNG QR code in a data: address (the Content-Security-Policy allows data: images).</summary>
    public static string QrCodeDataUri(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
