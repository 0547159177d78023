using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace CstoPress.Web.Areas.Admin;

/// <summary>Two versions of a text compared line by line (DiffPlex), for revisions and conflicts.</summary>
public sealed record TextDiffModel(string Before, string After, string Label)
{
    public bool Unchanged => Before == After;

    public IReadOnlyList<DiffPiece> Lines => InlineDiffBuilder.Diff(Before, After, ignoreWhiteSpace: false).Lines;
}
