namespace CstoPress.Core.Import;

/// <summary>A file of one run that could be read: where it is, its name (its identity across runs), the hash of its bytes and its paragraphs.</summary>
public sealed record ArchiveFile(string Path, string Name, string Hash, IReadOnlyList<ArchiveParagraph> Paragraphs);
