namespace CstoPress.Data.Import;

/// <summary>How far a run is: files read and understood, and items saved.</summary>
public sealed record ArchiveImportProgress(int Read, int Saved, int Total);
