using System.Text;
using CsCheck;

namespace CstoPress.Core.Tests.Import.Generated;

/// <summary>
/// Photo names as the saved pages carry them: at the start of a line, one or several in a row, run together
/// with the text that follows or set apart by a space, a comma or a semicolon; now and then on lines of their own.
/// </summary>
internal sealed record GluedPhotos(IReadOnlyList<string> Names, IReadOnlyList<string> Separators, bool OnTheirOwn)
{
    private static readonly string[] Ways = ["", "", " ", ", ", "; ", "\u00A0"];

    public static readonly Gen<GluedPhotos> None = Gen.Const(new GluedPhotos([], [], false));

    public static readonly Gen<GluedPhotos> Some =
        from names in GeneratedPhotoNames.Name.Array[1, 3]
        from separators in Gen.OneOf(Ways).Array[names.Length]
        from onTheirOwn in Gen.Frequency((4, Gen.Const(false)), (1, Gen.Const(true)))
        select new GluedPhotos(names, separators, onTheirOwn);

    /// <summary>Most paragraphs carry no photo.</summary>
    public static readonly Gen<GluedPhotos> Any = Gen.Frequency((3, None), (1, Some));

    /// <summary>The names run into <paramref name="line"/>, or (on their own) a line of names alone.</summary>
    public string Onto(string line)
    {
        var glued = new StringBuilder();
        for (var i = 0; i < Names.Count; i++)
        {
            var last = i == Names.Count - 1;
            glued.Append(Names[i]).Append(last && ReadsAsASentence(Names[i], Separators[i], line) ? "" : Separators[i]);
        }

        return glued.Append(line).ToString();
    }

    /// <summary>
    /// "Фото с заседания.jpg участники…" cannot be told from a sentence about a file ("The report.jpg format was
    /// discussed"), and the importer leaves such a line as text; a page that carries such a name runs it into the text.
    /// </summary>
    private static bool ReadsAsASentence(string name, string separator, string line) =>
        separator.Length == 1 && char.IsWhiteSpace(separator[0]) && name.Contains(' ', StringComparison.Ordinal) && !name.Any(c => char.IsAsciiDigit(c) || c == '_')
        && line.Length > 0 && char.IsLower(line[0]);
}
