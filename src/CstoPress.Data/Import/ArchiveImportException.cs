namespace CstoPress.Data.Import;

/// <summary>The run cannot start as asked (an unknown section, a missing folder); the message says what to change.</summary>
public sealed class ArchiveImportException(string message) : Exception(message);
