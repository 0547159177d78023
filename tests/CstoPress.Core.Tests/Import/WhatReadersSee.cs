using System.Text;

namespace CstoPress.Core.Tests.Import;

/// <summary>What a reader of the imported item sees: its title, its lead and its body as text, the Markdown taken off.</summary>
internal static class WhatReadersSee
{
    public static IReadOnlyList<string> Lines(ArchivePage page) =>
        [page.Title, page.Lead, .. page.Body.Split('\n').Select(Plain)];

    public static string Text(ArchivePage page) => string.Join('\n', Lines(page));

    /// <summary>One line of the body as it renders: quotation marks, emphasis and escapes gone.</summary>
    private static string Plain(string line)
    {
        var text = line == ">" ? "" : line.StartsWith("> ", StringComparison.Ordinal) ? line[2..] : line;
        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                plain.Append(text[++i]);
            }
            else if (text[i] != '*')
            {
                plain.Append(text[i]);
            }
        }

        return plain.ToString();
    }
}
