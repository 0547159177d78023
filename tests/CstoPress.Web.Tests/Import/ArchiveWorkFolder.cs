namespace CstoPress.Web.Tests.Import;

/// <summary>A throwaway folder holding copies of the demonstration pages, which a test may change or add to.</summary>
public sealed class ArchiveWorkFolder : IDisposable
{
    public static string Fixtures => System.IO.Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures");

    public string Path { get; } = Directory.CreateTempSubdirectory("cstopress-archive-").FullName;

    public ArchiveWorkFolder(params string[] fixtures)
    {
        foreach (var name in fixtures)
        {
            System.IO.File.Copy(System.IO.Path.Combine(Fixtures, name), File(name));
        }
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Write(string name, string text) => System.IO.File.WriteAllText(File(name), text);

    public void Write(string name, byte[] bytes) => System.IO.File.WriteAllBytes(File(name), bytes);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
