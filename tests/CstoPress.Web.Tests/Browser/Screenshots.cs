namespace CstoPress.Web.Tests.Browser;

/// <summary>Where browser tests leave the screenshots a person looks at after a run.</summary>
public static class Screenshots
{
    public static string PathOf(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
