namespace CstoPress.Core.Journalists;

/// <summary>How a journalist saw an embargoed item.</summary>
public enum EmbargoChannel
{
    Page = 0,
    Feed = 1,
}
