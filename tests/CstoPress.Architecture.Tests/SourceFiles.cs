namespace CstoPress.Architecture.Tests;

/// <summary>The hand-written source under src/: C# and Razor files, without build output and without migrations, which EF writes.</summary>
internal static class SourceFiles
{
    private static readonly string[] SkippedFolders = ["Migrations", "bin", "obj"];

    public static IEnumerable<string> Under(params string[] extensions) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*", SearchOption.AllDirectories)
            .Where(file => extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            .Where(file => !Relative(file).Split('/').Any(folder => SkippedFolders.Contains(folder, StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal);

    public static string Relative(string file) => Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');
}
