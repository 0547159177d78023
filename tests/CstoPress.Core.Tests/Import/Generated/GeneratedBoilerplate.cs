using CsCheck;

namespace CstoPress.Core.Tests.Import.Generated;

/// <summary>One teaser of the site's latest items: one or two paragraphs, the first sometimes run into a photo name of its own.</summary>
internal sealed record GeneratedTeaser(string Photo, IReadOnlyList<string> Paragraphs)
{
    public IEnumerable<string> Printed => Paragraphs.Select((p, i) => i == 0 ? Photo + p : p);
}

/// <summary>What the old site printed around every item: the teasers of its latest items at the top, and its links under the text.</summary>
internal static class GeneratedBoilerplate
{
    private static readonly string[][] Navigation =
    [
        ["Go back", "Back to the section", "Back to the all news"],
        ["Назад", "Назад в раздел"],
        ["Go back", "Print"],
        [],
    ];

    /// <summary>The teaser block of one stretch of the site's life.</summary>
    public static readonly Gen<GeneratedTeaser[]> Teasers = Teaser.Array[4, 6];

    public static readonly Gen<string[]> Links = Gen.OneOf(Navigation);

    private static Gen<GeneratedTeaser> Teaser =>
        from first in GeneratedText.EnglishSentence.Array[2, 3]
        from second in GeneratedText.EnglishSentence.Array[1, 2]
        from twoParagraphs in Gen.Int[0, 3]
        from photo in Gen.Frequency((5, Gen.Const("")), (1, GeneratedPhotoNames.Name))
        select new GeneratedTeaser(photo, twoParagraphs == 0 ? [string.Join(' ', first), string.Join(' ', second)] : [string.Join(' ', first)]);
}
