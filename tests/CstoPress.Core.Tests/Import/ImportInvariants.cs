using System.Text.RegularExpressions;

namespace CstoPress.Core.Tests.Import;

/// <summary>
/// What must hold for any page of the archive, however it was written: every page is read; no photo name and
/// none of the old site's blocks reach readers; every photo name is kept as a photo awaiting its file; the
/// item's text reaches readers whole; the signature leaves the text and names one press contact per person;
/// importing the same files again changes nothing.
/// </summary>
internal static partial class ImportInvariants
{
    /// <summary>Every invariant, on one run of the pages.</summary>
    public static void HoldFor(IReadOnlyList<ExpectedPage> pages)
    {
        var run = ImportRunInMemory.First(pages);
        EveryPageIsRead(pages, run);
        ReadersSeeNoFileNameNorBoilerplate(pages, run);
        EveryPhotoIsKept(pages, run);
        TheTextReachesReadersWhole(pages, run);
        TheSignatureIsReadAndLeavesTheText(pages, run);
        OnePressContactPerPerson(pages, run);
        ImportingAgainChangesNothing(pages, run);
    }

    public static void EveryPageIsRead(IReadOnlyList<ExpectedPage> pages, ImportRunInMemory run) =>
        Assert.All(pages.Zip(run.Readings), p => Assert.True(p.Second.Page is not null, $"{p.First.Name} was not imported: {p.Second.Problem}"));

    public static void ReadersSeeNoFileNameNorBoilerplate(IReadOnlyList<ExpectedPage> pages, ImportRunInMemory run) =>
        Each(pages, run, (expected, page) =>
        {
            ReadersSeeNoFileName(expected, page);
            ReadersSeeNoBoilerplate(expected, page);
        });

    public static void EveryPhotoIsKept(IReadOnlyList<ExpectedPage> pages, ImportRunInMemory run) => Each(pages, run, EveryPhotoIsKept);

    public static void TheTextReachesReadersWhole(IReadOnlyList<ExpectedPage> pages, ImportRunInMemory run) =>
        Each(pages, run, TheTextReachesReadersWhole);

    public static void TheSignatureIsReadAndLeavesTheText(IReadOnlyList<ExpectedPage> pages, ImportRunInMemory run) =>
        Each(pages, run, TheSignatureIsReadAndLeavesTheText);

    private static void Each(IReadOnlyList<ExpectedPage> pages, ImportRunInMemory run, Action<ExpectedPage, ArchivePage> check)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            var page = run.Readings[i].Page ?? throw new InvalidOperationException($"{pages[i].Name}: {run.Readings[i].Problem}");
            try
            {
                check(pages[i], page);
            }
            catch (Xunit.Sdk.XunitException failure)
            {
                throw new Xunit.Sdk.XunitException($"{pages[i].Name}: {failure.Message}\n----- the page -----\n{pages[i].Text}\n-----");
            }
        }
    }

    private static void ReadersSeeNoFileName(ExpectedPage expected, ArchivePage page)
    {
        var seen = WhatReadersSee.Text(page);
        foreach (var photo in expected.Photos)
        {
            Assert.DoesNotContain(photo, seen, StringComparison.Ordinal);
        }

        // A file name not foreseen (a teaser's, a page's own that was not found) shows as its extension in a line that is not the item's own.
        var own = expected.ReaderLines;
        Assert.All(WhatReadersSee.Lines(page).Where(l => ImageExtension().IsMatch(l)), line =>
            Assert.Contains(own, mine => line.Contains(mine, StringComparison.Ordinal) && ImageExtension().IsMatch(mine)));
    }

    private static void ReadersSeeNoBoilerplate(ExpectedPage expected, ArchivePage page)
    {
        var seen = WhatReadersSee.Text(page);
        var lines = WhatReadersSee.Lines(page).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var boilerplate in expected.Boilerplate.Where(b => !expected.ReaderLines.Contains(b)))
        {
            Assert.False(
                boilerplate.Length > 40 ? seen.Contains(boilerplate, StringComparison.Ordinal) : lines.Contains(boilerplate),
                $"The old site's '{boilerplate}' reached readers of {expected.Name}.");
        }
    }

    private static void EveryPhotoIsKept(ExpectedPage expected, ArchivePage page)
    {
        Assert.Equal(expected.Photos, page.PhotoFiles);
        var item = new Publication { Title = "t", Slug = "t" };
        PublicationFromPage.Fill(item, page, null, null, ArchivePages.Now);
        Assert.Equal(expected.Photos, item.Photos.Select(p => p.OriginalFileName));
        Assert.All(item.Photos, p => Assert.True(p.IsAwaitingFile));
    }

    private static void TheTextReachesReadersWhole(ExpectedPage expected, ArchivePage page)
    {
        var seen = WhatReadersSee.Text(page);
        Assert.All(expected.ReaderLines, line => Assert.Contains(line, seen, StringComparison.Ordinal));
        if (expected.Title is not null)
        {
            Assert.Equal(expected.Title, page.Title);
            Assert.Equal(expected.Date, page.Date);
        }
    }

    private static void TheSignatureIsReadAndLeavesTheText(ExpectedPage expected, ArchivePage page)
    {
        if (expected.Signature is not { } signature)
        {
            Assert.Null(page.Signature);
            return;
        }

        Assert.NotNull(page.Signature);
        if (signature.Reading is not null)
        {
            Assert.Equal(signature.Reading, page.Signature);
        }

        var lines = WhatReadersSee.Lines(page).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        Assert.All(signature.Lines, line => Assert.DoesNotContain(line.Trim(), lines));
    }

    [GeneratedRegex(@"\.(?:jpe?g|png|gif|bmp|tiff?|webp|heic|heif)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImageExtension();
}
