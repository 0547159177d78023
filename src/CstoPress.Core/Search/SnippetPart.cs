namespace CstoPress.Core.Search;

/// <summary>A piece of a search snippet: plain text, or a word that matched the query.</summary>
public sealed record SnippetPart(string Text, bool IsMatch);
