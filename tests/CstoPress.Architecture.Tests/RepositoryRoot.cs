namespace CstoPress.Architecture.Tests;

/// <summary>The folder that holds CstoPress.sln, found by looking up from where the tests run, wherever the clone is.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CstoPress.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No CstoPress.sln above {AppContext.BaseDirectory}.");
    }
}
