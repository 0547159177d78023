namespace CstoPress.Core.Search;

/// <summary>Why a search was not run; each has its own message for the reader.</summary>
public enum SearchTextProblem
{
    None,
    Empty,
    TooLong,
    NoWords,
}
