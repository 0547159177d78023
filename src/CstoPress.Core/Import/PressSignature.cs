using System.Text.RegularExpressions;

namespace CstoPress.Core.Import;

/// <summary>
/// The press secretary's signature under a release, as the archive wrote it in its several ways:
/// "The CSTO Press Secretary Ilya Zaynullin / +7495-000-12-34 -tel",
/// "Press Secretary of the CSTO I. Zainullin, tel.: +7 (495) 000 12 34, e-mail: ...",
/// "Пресс-секретарь ОДКБ Илья Зайнуллин".
/// </summary>
public sealed record PressSignature(string? Name, string? Post, string? Phone, string? Email)
{
    public static PressSignature? Read(ArchiveParagraph paragraph)
    {
        var text = paragraph.Text;
        if (text.Length > 400 || paragraph.Lines.Count > 5)
        {
            return null;
        }

        var post = PostAndName.Match(text);
        var phone = PhoneNumber.Match(text);
        var email = EmailAddress.Match(text);
        var names = post.Success;
        if (!names && !(phone.Success && text.Length < 120) && !(email.Success && text.Length < 120))
        {
            return null;
        }

        return new PressSignature(
            names ? post.Groups["name"].Value.Trim() : null,
            names ? TheArticle.Replace(post.Groups["post"].Value.Trim(), "") : null,
            phone.Success ? NormalizePhone(phone.Value) : null,
            email.Success ? email.Value.ToLowerInvariant() : null);
    }

    /// <summary>Writes a Moscow number one way (+7 495 000-12-34) however it was typed; other numbers as typed.</summary>
    public static string NormalizePhone(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        if (digits.Length == 11 && digits[0] is '7' or '8')
        {
            return $"+7 {digits[1..4]} {digits[4..7]}-{digits[7..9]}-{digits[9..11]}";
        }

        return phone.Trim();
    }

    public static string PhoneKey(string phone)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length > 10 ? digits[^10..] : digits;
    }

    private static readonly Regex PostAndName = ArchivePattern.Of(@"(?<post>(?:The\s+)?(?:CSTO\s+)?(?i:press\s+secretary|press-secretary|head\s+of\s+the\s+press\s+service|пресс-секретар[ьяю]|руководитель\s+пресс-службы)(?:\s+(?:of\s+the\s+CSTO|ОДКБ|of\s+the\s+CSTO\s+Secretariat))?)[\s,:\-–]+(?<name>\p{Lu}[\p{L}'’\-]*\.?(?:\s+\p{Lu}[\p{L}'’\-]*\.?){0,2})");

    private static readonly Regex TheArticle = ArchivePattern.Of(@"^The\s+");

    private static readonly Regex PhoneNumber = ArchivePattern.Of(@"\+?\d[\d\s\-()]{6,}\d");

    private static readonly Regex EmailAddress = ArchivePattern.Of(@"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+");
}
