namespace CstoPress.Architecture.Tests;

/// <summary>Fails a rule with every offender named, one a line, so the message alone says what to mend.</summary>
internal static class Offenders
{
    public static void NoneOf(IEnumerable<string> offenders, string rule)
    {
        var list = offenders.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(list.Count == 0, $"{rule} ({list.Count}):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", list)}");
    }
}
