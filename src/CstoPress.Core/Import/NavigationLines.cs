namespace CstoPress.Core.Import;

/// <summary>
/// The old site's links under every page. They are interface labels of the page template (the same
/// in every file ever saved), so a list of them is the format, unlike the teasers, which changed daily.
/// </summary>
public static class NavigationLines
{
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Go back", "Back", "Back to the section", "Back to section", "Back to the all news", "Back to all news",
        "Назад", "Вернуться назад", "Вернуться", "Назад в раздел", "Вернуться в раздел",
        "Назад ко всем новостям", "Ко всем новостям", "Вернуться ко всем новостям",
        "Print", "Версия для печати",
    };

    public static bool IsNavigation(ArchiveParagraph paragraph) =>
        paragraph.Lines.All(line => Labels.Contains(line.TrimEnd('.', '»', '>', ' ').TrimStart('«', '<', ' ')));
}
