namespace CstoPress.Core.Import;

/// <summary>
/// The press secretary's signature under a release, as the archive wrote it in its many ways: on one, two or three
/// lines, the post first or the name first, the post in any case, the phone and e-mail on the name's line or under it:
/// "The CSTO Press Secretary Ilya Zaynullin / +7495-000-12-34 -tel",
/// "Press Secretary of the CSTO I. Zainullin, tel.: +7 (495) 000 12 34, e-mail: ...",
/// "Ilya Zaynullin / PRESS SECRETARY OF THE CSTO / (495) 000-12-34", "Пресс-секретарь ОДКБ Илья Зайнуллин".
/// </summary>
public sealed record PressSignature(string? Name, string? Post, string? Phone, string? Email)
{
    private const string PostPattern =
        @"(?<post>(?:the\s+)?(?:csto\s+)?(?:press[\s\-]+secretary|head\s+of\s+the\s+(?:csto\s+)?press\s+service|пресс-секретар[ьяю]|руководител[ьяю]\s+пресс-службы)"
        + @"(?:\s+of\s+the\s+csto(?:\s+secretariat)?|\s+(?:секретариата\s+)?одкб)?)";

    /// <summary>A word of a name: full ("Zaynullin", "P'yankova", "ЗАЙНУЛЛИН") or initials ("I.", "I.A.", "Yu."), never a label.</summary>
    private const string NameWord =
        @"(?!(?:tel|phone|fax|e-?mail|тел|факс)\b)(?-i:\p{Lu}\p{Ll}{0,3}\.(?:[ ]?\p{Lu}\p{Ll}{0,3}\.)*|\p{Lu}[\p{L}'’\-]*\p{L})";

    /// <summary>The post, then the name on the same line or the next.</summary>
    private static readonly Regex PostThenName =
        ArchivePattern.Of($@"(?i)^\s*{PostPattern}[\s,:\-–—]+(?<name>{NameWord}(?:[ \t]+{NameWord}){{0,3}})");

    /// <summary>The name, then the post: the name as short as lets the post follow it.</summary>
    private static readonly Regex NameThenPost =
        ArchivePattern.Of($@"(?i)^\s*(?<name>{NameWord}(?:[ \t]+{NameWord}){{0,3}}?)[\s,\-–—]+{PostPattern}");

    private static readonly Regex PhoneNumber = ArchivePattern.Of(@"(?:\+[ ]?|\()?\d[\d \t\-()]{6,}\d");

    private static readonly Regex EmailAddress = ArchivePattern.Of(@"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+");

    /// <summary>What may stand in a signature besides its post, name, phone and e-mail: labels and punctuation.</summary>
    private static readonly Regex OnlyLabels = ArchivePattern.Of(
        @"(?i)^[\s,;:.·|/()\-–—]*(?:(?:tel|telephone|phone|ph|mob|mobile|fax|e-?mail|mail|contacts?|тел|телефон|факс|моб|эл|почта|контакты)[\s,;:.·|/()\-–—]*)*$");

    private static readonly Regex Article = ArchivePattern.Of(@"(?i)^the\s+");

    private static readonly Regex Spaces = ArchivePattern.Of(@"\s+");

    public static PressSignature? Read(ArchiveParagraph paragraph)
    {
        if (paragraph.Text.Length > 400 || paragraph.Lines.Count > 5)
        {
            return null;
        }

        var text = string.Join('\n', paragraph.Lines);
        var person = PostThenName.Match(text) is { Success: true } postFirst ? postFirst : NameThenPost.Match(text);
        var phone = PhoneNumber.Match(text);
        var email = EmailAddress.Match(text);

        // Nothing but the signature's parts and their labels: a sentence that names the press secretary is the text's own.
        var rest = Without(text, person, phone, email);
        if (!(person.Success || phone.Success || email.Success) || !OnlyLabels.IsMatch(rest))
        {
            return null;
        }

        return new PressSignature(
            person.Success ? person.Groups["name"].Value.Trim() : null,
            person.Success ? Article.Replace(Spaces.Replace(person.Groups["post"].Value.Trim(), " "), "") : null,
            phone.Success ? NormalizePhone(phone.Value) : null,
            email.Success ? email.Value.ToLowerInvariant() : null);
    }

    /// <summary>The signature of two paragraphs (the name, and its phone and e-mail under it) as one.</summary>
    public PressSignature With(PressSignature more) =>
        new(Name ?? more.Name, Post ?? more.Post, Phone ?? more.Phone, Email ?? more.Email);

    /// <summary>
    /// Writes a Moscow number one way (+7 495 000-12-34) however it was typed, with 8 or +7 or without the
    /// country code; other numbers as typed.
    /// </summary>
    public static string NormalizePhone(string phone)
    {
        var typed = Digits(phone);
        var national = typed.Length == 11 && typed[0] is '7' or '8' ? typed[1..] : typed.Length == 10 ? typed : null;
        return national is null ? phone.Trim() : $"+7 {national[..3]} {national[3..6]}-{national[6..8]}-{national[8..]}";
    }

    public static string PhoneKey(string phone)
    {
        var digits = Digits(phone);
        return digits.Length > 10 ? digits[^10..] : digits;
    }

    private static string Digits(string phone) => new([.. phone.Where(char.IsAsciiDigit)]);

    private static string Without(string text, params Match[] parts)
    {
        var rest = text.ToCharArray();
        foreach (var part in parts.Where(p => p.Success))
        {
            Array.Fill(rest, ' ', part.Index, part.Length);
        }

        return new string(rest);
    }
}
