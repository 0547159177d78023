namespace CstoPress.Core.Tests.Import.Generated;

/// <summary>The parts of one generated page, before they are laid out as a saved file.</summary>
/// <param name="Photos">The photos run into each paragraph of the body, and (the last) into the signature.</param>
internal sealed record GeneratedPageParts(
    IReadOnlyList<GeneratedTeaser> Teasers,
    GeneratedHead Head,
    IReadOnlyList<string[]> Body,
    IReadOnlyList<GluedPhotos> Photos,
    GeneratedSignature? Signature,
    IReadOnlyList<string> Links);

/// <summary>How the file was saved: the blank lines between paragraphs, a byte order mark, Windows line ends.</summary>
internal sealed record GeneratedLayout(int Gaps, bool ByteOrderMark, bool WindowsLineEnds)
{
    /// <summary>One blank line, two, a blank line of spaces, or trailing no-break spaces as the saved pages have them.</summary>
    public string Gap => Gaps switch
    {
        1 => "\n\n\n",
        2 => " \n \n",
        3 => "\u00A0\n\n",
        _ => "\n\n",
    };
}

/// <summary>Lays the parts out as the old site's saved file and says what importing it must give.</summary>
internal static class GeneratedPageWriter
{
    public static ExpectedPage Write(GeneratedPageParts parts, GeneratedLayout layout)
    {
        var paragraphs = new List<string>(parts.Head.Paragraphs);
        var photos = new List<string>();
        var readerLines = new List<string>();
        for (var i = 0; i < parts.Body.Count; i++)
        {
            paragraphs.AddRange(Photographed(parts.Body[i], parts.Photos[i], photos));
            readerLines.AddRange(parts.Body[i]);
        }

        if (parts.Signature is { } signature)
        {
            var lines = signature.Paragraphs.Select(p => p.Split('\n')).ToList();
            paragraphs.AddRange(Photographed(lines[0], parts.Photos[^1], photos));
            paragraphs.AddRange(lines.Skip(1).Select(l => string.Join('\n', l)));
        }

        var teasers = string.Join("\n\n\n", parts.Teasers.Select(t => string.Join("\n\n", t.Printed)));
        var text = "\n" + (teasers.Length > 0 ? teasers + "\n\n" : "") + string.Join(layout.Gap, paragraphs)
            + "\n\n" + string.Join("\n\n", parts.Links);
        text = (layout.ByteOrderMark ? "\uFEFF" : "") + (layout.WindowsLineEnds ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text);

        return new ExpectedPage(
            "generated.txt", text, photos, readerLines, [.. parts.Teasers.SelectMany(t => t.Paragraphs), .. parts.Links],
            Expected(parts.Signature), parts.Head.Title, parts.Head.Date);
    }

    /// <summary>The paragraph with its photos run into its first line, or after a paragraph of the names alone.</summary>
    private static IEnumerable<string> Photographed(string[] lines, GluedPhotos glued, List<string> photos)
    {
        photos.AddRange(glued.Names);
        if (glued.Names.Count == 0)
        {
            return [string.Join('\n', lines)];
        }

        return glued.OnTheirOwn
            ? [glued.Onto(""), string.Join('\n', lines)]
            : [string.Join('\n', [glued.Onto(lines[0]), .. lines[1..]])];
    }

    private static ExpectedSignature? Expected(GeneratedSignature? signature) =>
        signature is null
            ? null
            : new ExpectedSignature(
                signature.Person.Surname, [.. signature.Paragraphs.SelectMany(p => p.Split('\n'))],
                new PressSignature(signature.Name, signature.Post, signature.Phone, signature.Email));
}
