namespace CstoPress.Core.Tests.Import;

/// <summary>
/// What a page written or kept by hand must give, told by whoever knows it: the lines of its head, the photo names
/// it carries and its signature. Everything above the head is the old site's, as are the links under the text;
/// every other line, its photo names taken off, is the item's own text.
/// </summary>
internal static class FixtureExpectations
{
    private static readonly string[] Links = ["Go back", "Back to the section", "Back to the all news", "Назад", "Назад в раздел", "Print"];

    public static ExpectedPage Of(
        string name, string text, IReadOnlyList<string> head, IReadOnlyList<string> photos, ExpectedSignature? signature = null)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToList();
        var top = lines.IndexOf(head[0]);
        var boilerplate = lines.Take(top).Where(l => l.Length > 0).Concat(Links).ToList();
        var notText = head.Concat(boilerplate).Concat(signature?.Lines ?? []).ToHashSet(StringComparer.Ordinal);
        var readerLines = lines.Skip(top).Select(l => WithoutPhotos(l, photos)).Where(l => l.Length > 0 && !notText.Contains(l)).ToList();
        return new ExpectedPage(name, text, photos, readerLines, boilerplate, signature);
    }

    /// <summary>A page of Fixtures/.</summary>
    public static ExpectedPage Of(string path, IReadOnlyList<string> head, IReadOnlyList<string> photos, ExpectedSignature? signature = null) =>
        Of(Path.GetFileName(path), ArchiveFixtures.Text(path), head, photos, signature);

    private static string WithoutPhotos(string line, IReadOnlyList<string> photos)
    {
        var rest = line;
        while (photos.FirstOrDefault(p => rest.StartsWith(p, StringComparison.Ordinal)) is { } photo)
        {
            rest = rest[photo.Length..].TrimStart(' ', ',', ';', '\u00A0');
        }

        return rest;
    }
}
