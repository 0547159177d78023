using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CsCheck;

namespace CstoPress.Core.Tests.Import.Generated;

/// <summary>
/// The generator writes every form the issue and the saved pages show, often enough to be met by a property run:
/// a property over pages that never carry a form proves nothing about it.
/// </summary>
public partial class TheGeneratedArchiveCoversTheSitesForms
{
    private static readonly Lazy<IReadOnlyList<ExpectedPage>> Pages = new(() =>
    {
        var pages = new ConcurrentBag<ExpectedPage>();
        LegacyPageGenerator.Archive.Sample(archive => archive.ForEach(pages.Add), iter: 300, seed: "0N0XIzNsQ0O2");
        return [.. pages];
    });

    private static readonly Dictionary<string, Func<ExpectedPage, bool>> Forms = new(StringComparer.Ordinal)
    {
        ["a photo name run into a lower-case letter"] = p => Glued().Matches(p.Text).Any(m => char.IsLower(m.Groups["next"].Value[0])),
        ["a photo name run into a capital"] = p => Glued().Matches(p.Text).Any(m => char.IsUpper(m.Groups["next"].Value[0])),
        ["a photo name run into a digit"] = p => Glued().Matches(p.Text).Any(m => char.IsAsciiDigit(m.Groups["next"].Value[0])),
        ["a photo name run into a quotation mark"] = p => Glued().Matches(p.Text).Any(m => m.Groups["next"].Value is "\"" or "«" or "“"),
        ["a photo name run into Cyrillic"] = p => Glued().Matches(p.Text).Any(m => m.Groups["next"].Value[0] is >= 'А' and <= 'я'),
        ["photo names in a row"] = p => p.Text.Split('\n').Any(l => Extension().Count(l) > 1),
        ["a photo name with spaces and a copy number"] = p => p.Photos.Any(n => n.Contains(' ', StringComparison.Ordinal) && CopyNumber().IsMatch(n)),
        ["a Cyrillic photo name"] = p => p.Photos.Any(n => n.Any(c => c is >= 'А' and <= 'я')),
        ["an upper-case extension"] = p => p.Photos.Any(n => n.EndsWith(".JPG", StringComparison.Ordinal)),
        ["a signature name first"] = p => p.Signature is { Reading.Name: { } name } s && s.Lines[0].StartsWith(name, StringComparison.Ordinal),
        ["a signature post first in capitals"] = p => p.Signature is { } s && s.Lines[0].StartsWith("PRESS SECRETARY", StringComparison.Ordinal),
        ["a signature of three lines or more"] = p => p.Signature is { Lines.Count: >= 3 },
        ["a signature in Russian"] = p => p.Signature is { Reading.Name: { } name } && name.Any(c => c is >= 'А' and <= 'я'),
        ["a signature of a phone alone"] = p => p.Signature is { Reading: { Name: null, Phone: not null } },
        ["a phone without the country code"] = p => p.Signature is { } s && s.Lines.Any(l => NoCountryCode().IsMatch(l)),
        ["a page without a signature"] = p => p.Signature is null,
        ["a text naming the press secretary"] = p => p.ReaderLines.Any(l => l.Contains("told journalists", StringComparison.Ordinal)),
        ["a speech header"] = p => p.ReaderLines.Any(l => l.StartsWith("of the CSTO Secretary General", StringComparison.Ordinal)),
        ["a Russian dispatch with its translation"] = p => p.ReaderLines.Any(l => l.StartsWith("Москва, ", StringComparison.Ordinal)),
        ["a date with the month's name first"] = p => p.Text.Split('\n').Any(l => MonthFirst().IsMatch(l.Trim())),
        ["a title without a date"] = p => p.Title is not null && p.Date is null,
        ["Windows line ends and a byte order mark"] = p => p.Text.StartsWith('\uFEFF') && p.Text.Contains("\r\n", StringComparison.Ordinal),
    };

    public static TheoryData<string> FormNames() => new(Forms.Keys);

    [Theory]
    [MemberData(nameof(FormNames))]
    public void EveryFormIsWritten(string form)
    {
        Assert.True(Pages.Value.Count(Forms[form]) >= 5, $"Fewer than five generated pages carry {form}.");
    }

    [Theory]
    [InlineData("ye")]
    [InlineData("Yo")]
    [InlineData("'")]
    [InlineData("Kh")]
    [InlineData("Xu")]
    [InlineData("tz")]
    [InlineData("Cy")]
    [InlineData("Ju")]
    [InlineData("ia")]
    [InlineData("Sch")]
    [InlineData("Shch")]
    public void SignedNamesCarryEveryTransliteration(string letters)
    {
        Assert.Contains(Pages.Value, p => p.Signature?.Reading?.Name?.Contains(letters, StringComparison.Ordinal) == true);
    }

    [GeneratedRegex(@"(?i:\.(?:jpe?g|png|heic|webp))(?<next>[^\s,;])")]
    private static partial Regex Glued();

    [GeneratedRegex(@"(?i:\.(?:jpe?g|png|heic|webp))")]
    private static partial Regex Extension();

    [GeneratedRegex(@"\(\d\)\.")]
    private static partial Regex CopyNumber();

    [GeneratedRegex(@"(?<![78][ \-]?|\+7)(?<!\d)\(?49[59]\)?[ \-]?\d{3}")]
    private static partial Regex NoCountryCode();

    [GeneratedRegex(@"^[A-Z][a-z]+ \d{1,2}, \d{4}$")]
    private static partial Regex MonthFirst();
}
