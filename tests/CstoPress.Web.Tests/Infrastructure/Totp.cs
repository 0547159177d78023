using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>
/// The codes an authenticator app would show (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), so the
/// tests can play the phone. Written here because Identity keeps its own implementation internal.
/// </summary>
public static class Totp
{
    [SuppressMessage("Security", "CA5350", Justification = "RFC 6238 codes, as authenticator apps and Identity compute them, are HMAC-SHA1.")]
    public static string CodeFor(string sharedKey, DateTimeOffset at)
    {
        var key = Base32(sharedKey);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var number = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff) % 1_000_000;
        return number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The code the app shows now (Identity reads the system clock, not the portal's).</summary>
    public static string Now(string sharedKey) => CodeFor(sharedKey, DateTimeOffset.UtcNow);

    /// <summary>A six-digit code that is none of those Identity accepts around now (it allows two steps either side).</summary>
    public static string Wrong(string sharedKey)
    {
        var accepted = Enumerable.Range(-3, 7).Select(step => CodeFor(sharedKey, DateTimeOffset.UtcNow.AddSeconds(30 * step))).ToHashSet();
        var candidate = 123456;
        while (accepted.Contains(candidate.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)))
        {
            candidate++;
        }

        return candidate.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
