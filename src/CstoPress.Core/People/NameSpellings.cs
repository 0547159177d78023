namespace CstoPress.Core.People;

/// <summary>
/// When two spellings of a name are one: case and spacing aside ('V.  Zainullin', 'v. zainullin').
/// Anything more ('Zaynullin') is a spelling of its own, which the catalog keeps as a name variant.
/// </summary>
public static class NameSpellings
{
    public static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    public static bool Same(string one, string other) => Normalize(one) == Normalize(other);
}
