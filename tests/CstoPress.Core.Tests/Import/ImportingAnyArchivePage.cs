using System.Reflection;
using CsCheck;
using CstoPress.Core.Tests.Import.Generated;
using Xunit.Abstractions;

namespace CstoPress.Core.Tests.Import;

/// <summary>
/// The invariants of importing, over thousands of pages the generator writes in every way the old site's pages
/// come (about 2,700 pages a property). A failing case shrinks to a small archive; its page is then kept as a
/// fixture under Fixtures/Shrunk with a test of its own.
/// </summary>
public class ImportingAnyArchivePage(ITestOutputHelper output)
{
    /// <summary>Archives a property samples: about 2,700 pages. CsCheck_Iter asks for more (a longer search, a smaller failing case).</summary>
    private static readonly int Archives = int.TryParse(Environment.GetEnvironmentVariable("CsCheck_Iter"), out var asked) ? asked : 600;

    /// <summary>Each invariant of <see cref="ImportInvariants"/> over a run (pages and their import): a property of its own.</summary>
    public static TheoryData<string> Invariants() =>
        new(typeof(ImportInvariants).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetParameters().Select(p => p.ParameterType).SequenceEqual([typeof(IReadOnlyList<ExpectedPage>), typeof(ImportRunInMemory)]))
            .Select(m => m.Name).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Invariants))]
    public void HoldsForThousandsOfGeneratedPages(string invariant)
    {
        var holds = typeof(ImportInvariants).GetMethod(invariant)!.CreateDelegate<Action<IReadOnlyList<ExpectedPage>, ImportRunInMemory>>();

        LegacyPageGenerator.Archive.Sample(
            pages => holds(pages, ImportRunInMemory.First(pages)), iter: Archives, writeLine: output.WriteLine, print: Printed);
    }

    /// <summary>The archive by its signatures: a failing page prints whole with its failure, the others by how they are signed.</summary>
    private static string Printed(List<ExpectedPage> pages) =>
        $"an archive of {pages.Count} pages: " + string.Join("; ", pages.Select(p => $"{p.Name} signed '{string.Join(" / ", p.Signature?.Lines ?? [])}'"));
}
