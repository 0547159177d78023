namespace CstoPress.Web.Tests.Infrastructure;

/// <summary>A clock the tests set, so 'scheduled' and 'future' mean the same thing on every run.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
