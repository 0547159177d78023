namespace CstoPress.Core.Tests.Import;

/// <summary>
/// A fact about the pages saved from the old site. They live beside the checkout, not in it; where
/// they are missing the test is reported as skipped with the reason, not failed.
/// </summary>
public sealed class LegacySamplesFactAttribute : FactAttribute
{
    public LegacySamplesFactAttribute()
    {
        if (RepositoryRoot.LegacySamples() is null)
        {
            Skip = "The legacy sample pages (../shared/legacy-samples beside the repository root) are not on this machine.";
        }
    }
}
