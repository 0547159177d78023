using CsCheck;

namespace CstoPress.Core.Tests.Import.Generated;

/// <summary>
/// Writes whole pages in the old site's saved format, with what importing each must give: the teaser block,
/// the head, the item's text with photo names run into it, the signature in any spelling of its press
/// secretary, and the site's links; some files with a byte order mark, Windows line ends or blank lines of spaces.
/// </summary>
internal static class LegacyPageGenerator
{
    /// <summary>
    /// A stretch of the archive: three to six pages saved while the site showed one teaser block (as the
    /// importer meets them: a block recurs across many files), signed by one to three press secretaries.
    /// </summary>
    public static readonly Gen<List<ExpectedPage>> Archive =
        from teasers in GeneratedBoilerplate.Teasers
        from count in Gen.Int[1, 3]
        from people in Gen.Shuffle(GeneratedPerson.PressOffice.ToArray())
        from withTeasers in Page(teasers, people[..count], true).Array[3]
        from more in Page(teasers, people[..count], false).Array[0, 3]
        from ids in Gen.UInt.Array[6]
        select withTeasers.Concat(more).Select((page, i) => page with { Name = $"{i + 1:D3}_{ids[i]:x8}.txt" }).ToList();

    /// <param name="withTeasers">Whether the page carries the teasers; otherwise one in six pages is saved without them.</param>
    public static Gen<ExpectedPage> Page(GeneratedTeaser[] teasers, GeneratedPerson[] people, bool withTeasers) =>
        from kind in Gen.Enum<GeneratedKind>()
        from head in GeneratedHeads.For(kind == GeneratedKind.Russian)
        from body in GeneratedBodies.For(kind)
        from signer in Gen.Int[0, people.Length]
        from signature in signer < people.Length
            ? GeneratedSignatures.For(people[signer], kind == GeneratedKind.Russian).Select(s => (GeneratedSignature?)s)
            : Gen.Const((GeneratedSignature?)null)
        from photos in GluedPhotos.Any.Array[body.Count + 1]
        from teased in withTeasers ? Gen.Const(true) : Gen.Int[0, 5].Select(n => n > 0)
        from links in GeneratedBoilerplate.Links
        from layout in Gen.Select(Gen.Int[0, 3], Gen.Bool, Gen.Bool)
        select GeneratedPageWriter.Write(
            new GeneratedPageParts(teased ? teasers : [], head, body, photos, signature, links),
            new GeneratedLayout(layout.Item1, layout.Item2, layout.Item3));
}
