namespace CstoPress.Data.Search;

/// <summary>The people the words may name, the items about them, and the items whose titles spell the words closely.</summary>
internal sealed record NamedPeople(List<int> People, List<int> About, List<int> Titled)
{
    public static readonly NamedPeople None = new([], [], []);

    public bool IsEmpty => People.Count == 0 && Titled.Count == 0;
}
