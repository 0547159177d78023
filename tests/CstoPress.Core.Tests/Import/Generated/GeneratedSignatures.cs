using CsCheck;

namespace CstoPress.Core.Tests.Import.Generated;

/// <summary>A signature as printed under a page, with what the importer should read from it.</summary>
/// <param name="Paragraphs">The signature's paragraphs (usually one, of one to four lines).</param>
/// <param name="Name">The name as printed; null for a signature of a phone alone.</param>
/// <param name="Post">The post as printed, without a leading article.</param>
/// <param name="Phone">The phone written the one way the portal writes a Moscow number.</param>
internal sealed record GeneratedSignature(
    GeneratedPerson Person, IReadOnlyList<string> Paragraphs, string? Name, string? Post, string? Phone, string? Email);

/// <summary>
/// Signatures on one, two or three lines (four when phone and e-mail each have one), post first or name first,
/// the post in any case, the phone with or without the country code, spaced, dashed or bracketed.
/// </summary>
internal static class GeneratedSignatures
{
    private static readonly string[] EnglishPosts =
    [
        "CSTO Press Secretary", "The CSTO Press Secretary", "Press Secretary of the CSTO", "The Press Secretary of the CSTO",
        "Press-Secretary of the CSTO", "Press Secretary of the CSTO Secretariat", "Head of the Press Service of the CSTO Secretariat",
    ];

    private static readonly string[] RussianPosts =
        ["Пресс-секретарь ОДКБ", "Пресс-секретарь Секретариата ОДКБ", "Руководитель пресс-службы Секретариата ОДКБ"];

    private static readonly string[] PhoneLabels = ["", "tel.: ", "Tel. ", "tel: ", "Phone: ", "тел.: ", "Тел. "];

    private static readonly string[] EmailLabels = ["", "e-mail: ", "E-mail: ", "email: ", "эл. почта: "];

    public static Gen<GeneratedSignature> For(GeneratedPerson person, bool russian) =>
        from post in Gen.OneOf(russian ? RussianPosts : EnglishPosts)
        from letterCase in Gen.Int[0, 2]
        from name in russian ? person.CyrillicName : person.LatinName
        from nameFirst in Gen.Bool
        from between in Gen.OneOf(" ", ", ", "\n", " – ")
        from phone in Gen.Frequency((5, GeneratedPhones.Of(person.PhoneDigits).Select(p => (string?)p)), (1, Gen.Const((string?)null)))
        from phoneLabel in Gen.OneOf(PhoneLabels)
        from email in Gen.Frequency((1, Gen.Const(person.Email).Select(e => (string?)e)), (2, Gen.Const((string?)null)))
        from emailLabel in Gen.OneOf(EmailLabels)
        from layout in Gen.Int[0, 3]
        from nameless in Gen.Int[0, 15]
        let printedPost = Cased(post, letterCase)
        let head = nameFirst ? name + (between == " " ? ", " : between) + printedPost : printedPost + between + name
        let contacts = Contacts(phone is null ? null : phoneLabel + phone, email is null ? null : emailLabel + email, layout)
        select nameless == 0 && phone is not null
            ? new GeneratedSignature(person, [phone + " -tel"], null, null, GeneratedPhones.Written(person.PhoneDigits), null)
            : new GeneratedSignature(
                person, Paragraphs(head, contacts, layout), name, Unarticled(printedPost),
                phone is null ? null : GeneratedPhones.Written(person.PhoneDigits), email);

    private static string Cased(string post, int letterCase) => letterCase switch
    {
        1 => post.ToLowerInvariant(),
        2 => post.ToUpperInvariant(),
        _ => post,
    };

    private static string Unarticled(string post) =>
        post.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? post[4..] : post;

    /// <summary>Phone and e-mail on the name's line, on one line of their own, or on a line each.</summary>
    private static List<string> Contacts(string? phone, string? email, int layout)
    {
        string[] parts = [.. new[] { phone, email }.OfType<string>()];
        return parts.Length == 0 ? [] : layout switch
        {
            0 => [", " + string.Join(", ", parts)],
            1 or 2 => ["\n" + string.Join(", ", parts)],
            _ => [.. parts.Select(p => "\n" + p)],
        };
    }

    /// <summary>One paragraph, or (layout 2) the contacts in a paragraph of their own under the name.</summary>
    private static List<string> Paragraphs(string head, List<string> contacts, int layout) =>
        layout == 2 && contacts.Count > 0
            ? [head, string.Concat(contacts).TrimStart('\n')]
            : [head + string.Concat(contacts)];
}
