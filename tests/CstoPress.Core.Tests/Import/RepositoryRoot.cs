namespace CstoPress.Core.Tests.Import;

/// <summary>The checkout's root: the folder holding CstoPress.sln, found by walking up from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CstoPress.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>The pages saved from the old site, kept beside the checkout (never inside it).</summary>
    public static string? LegacySamples() =>
        Find() is { } root && Path.GetFullPath(Path.Combine(root, "..", "shared", "legacy-samples")) is var folder && Directory.Exists(folder)
            ? folder
            : null;
}
