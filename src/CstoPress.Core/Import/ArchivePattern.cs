using System.Diagnostics.CodeAnalysis;

namespace CstoPress.Core.Import;

/// <summary>
/// The one way the importer's rules read text with a pattern: compiled once, culture-invariant (the same
/// folding of case for Latin and Cyrillic on every machine) and bounded in time, so that one odd page cannot
/// stall a run of thousands: a pattern that runs out of time fails that page (<see cref="LegacyPageParser"/>
/// reports it), and the run goes on.
/// </summary>
internal static class ArchivePattern
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    public static Regex Of([StringSyntax(StringSyntaxAttribute.Regex)] string pattern) =>
        new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, Limit);
}
