using System.Security.Cryptography;

namespace CstoPress.Core.Import;

/// <summary>One block of a saved page between blank lines, with its lines trimmed.</summary>
public sealed class ArchiveParagraph
{
    public ArchiveParagraph(IReadOnlyList<string> lines)
    {
        Lines = lines;
        Text = string.Join(' ', lines);
        Fingerprint = FingerprintOf(Text);
    }

    public IReadOnlyList<string> Lines { get; }

    public string Text { get; }

    /// <summary>
    /// Identifies the paragraph whatever its spacing or letter case, so the same teaser saved on
    /// two days is recognised as the same.
    /// </summary>
    public string Fingerprint { get; }

    public static string FingerprintOf(string text)
    {
        var normalized = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = normalized.Length > 0;
                continue;
            }

            if (space)
            {
                normalized.Append(' ');
                space = false;
            }

            normalized.Append(char.ToLowerInvariant(ch));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized.ToString())).AsSpan(0, 16));
    }

    public static IReadOnlyList<ArchiveParagraph> Split(string text)
    {
        var paragraphs = new List<ArchiveParagraph>();
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
            }
            else
            {
                lines.Add(line);
            }
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (lines.Count > 0)
            {
                paragraphs.Add(new ArchiveParagraph([.. lines]));
                lines.Clear();
            }
        }
    }
}
