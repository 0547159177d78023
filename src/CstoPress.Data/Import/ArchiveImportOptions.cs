namespace CstoPress.Data.Import;

/// <param name="SectionSlug">Puts every item in this section; without it each goes to the section of its kind.</param>
/// <param name="DryRun">Reads and reports everything, saves nothing.</param>
public sealed record ArchiveImportOptions(string? SectionSlug = null, bool DryRun = false);
