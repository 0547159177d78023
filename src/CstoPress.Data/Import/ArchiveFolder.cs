namespace CstoPress.Data.Import;

/// <summary>The files an import run takes: one file, or every file under a folder (hidden ones aside), in name order.</summary>
public static class ArchiveFolder
{
    public static IReadOnlyList<string> Files(string path)
    {
        if (File.Exists(path))
        {
            return [Path.GetFullPath(path)];
        }

        if (!Directory.Exists(path))
        {
            throw new ArchiveImportException($"There is no file or folder '{path}' ({Path.GetFullPath(path)}).");
        }

        return [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)];
    }
}
