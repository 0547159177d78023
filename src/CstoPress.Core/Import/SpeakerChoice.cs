namespace CstoPress.Core.Import;

/// <summary>
/// The person a speech's title names ("The Secretary General Stanislav Zas spoke at ..."), by any of
/// their names. Names of three letters or fewer are left out: they would match inside other words.
/// </summary>
public sealed class SpeakerChoice
{
    private readonly List<(int Id, string[] Names)> _people;

    /// <param name="people">Each person's id and every name they go by, in either language.</param>
    public SpeakerChoice(IEnumerable<(int Id, IEnumerable<string> Names)> people) =>
        _people = [.. people.Select(p => (p.Id, p.Names.Where(n => n.Length > 3).ToArray()))];

    public int? NamedIn(string title) =>
        _people.Where(p => p.Names.Any(name => title.Contains(name, StringComparison.OrdinalIgnoreCase))).Select(p => (int?)p.Id).FirstOrDefault();
}
